// reflect's channel operations: Send, Recv, TrySend, TryRecv, Close, Len and Cap, with goroutines waiting on
// each other through them, and reflect.Select over send, receive, nil and default cases.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type point struct{ X, Y int }

func main() {
	ct := reflect.ChanOf(reflect.BothDir, reflect.TypeOf(0))
	c := reflect.MakeChan(ct, 2)
	fmt.Println(c.Type(), c.Len(), c.Cap())
	c.Send(reflect.ValueOf(1))
	fmt.Println("trysend", c.TrySend(reflect.ValueOf(2)), c.TrySend(reflect.ValueOf(3)), c.Len())
	x, ok := c.Recv()
	fmt.Println("recv", x, ok, x.Kind(), x.CanSet())
	x, ok = c.TryRecv()
	fmt.Println("tryrecv", x, ok)
	x, ok = c.TryRecv()
	fmt.Println("tryrecv empty", x.IsValid(), ok)
	c.Close()
	x, ok = c.Recv()
	fmt.Println("recv closed", x, ok, x.IsValid())
	x, ok = c.TryRecv()
	fmt.Println("tryrecv closed", x, ok, x.IsValid())

	// a Go channel seen through reflect, and a value of a named type assigned to its element type
	type myInt int
	gc := make(chan any, 1)
	reflect.ValueOf(gc).Send(reflect.ValueOf(myInt(7)))
	fmt.Printf("%T %v\n", <-gc, len(gc))

	// structs are copied in and out
	pc := make(chan point, 1)
	p := point{1, 2}
	reflect.ValueOf(pc).Send(reflect.ValueOf(p))
	p.X = 100
	got, _ := reflect.ValueOf(pc).Recv()
	fmt.Println(got.Interface(), got.Field(0))
	close(pc)
	got, ok = reflect.ValueOf(pc).Recv()
	fmt.Println(got.Interface(), ok)

	// unbuffered: a goroutine receives through reflect, another sends through reflect
	u := make(chan string)
	done := make(chan bool)
	go func() {
		for {
			v, ok := reflect.ValueOf(u).Recv()
			if !ok {
				break
			}
			fmt.Println("got", v.String())
		}
		done <- true
	}()
	for _, s := range []string{"a", "b", "c"} {
		reflect.ValueOf(u).Send(reflect.ValueOf(s))
	}
	reflect.ValueOf(u).Close()
	<-done

	// Select: a send that can go, a receive that cannot, a nil channel
	a := make(chan int, 1)
	b := make(chan int)
	var nilc chan int
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(b)},
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(a), Send: reflect.ValueOf(5)},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(nilc)},
		{Dir: reflect.SelectRecv},
	}
	chosen, recv, recvOK := reflect.Select(cases)
	fmt.Println("select", chosen, recv.IsValid(), recvOK, len(a))
	cases[1] = reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(a)}
	chosen, recv, recvOK = reflect.Select(cases)
	fmt.Println("select", chosen, recv, recvOK)
	cases = append(cases, reflect.SelectCase{Dir: reflect.SelectDefault})
	chosen, recv, recvOK = reflect.Select(cases)
	fmt.Println("select default", chosen, recv.IsValid(), recvOK)
	close(b)
	chosen, recv, recvOK = reflect.Select(cases)
	fmt.Println("select closed", chosen, recv, recvOK)
	chosen, recv, recvOK = reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault}})
	fmt.Println("only default", chosen, recv.IsValid(), recvOK)

	// Select waits: several producers, one consumer over all of them
	chans := make([]chan int, 3)
	var sel []reflect.SelectCase
	for i := range chans {
		chans[i] = make(chan int)
		sel = append(sel, reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(chans[i])})
		go func(i int) {
			for j := 0; j < 3; j++ {
				chans[i] <- i*10 + j
			}
			close(chans[i])
		}(i)
	}
	var all []int
	for open := len(chans); open > 0; {
		i, v, ok := reflect.Select(sel)
		if !ok {
			sel[i].Chan = reflect.Value{}
			open--
			continue
		}
		all = append(all, int(v.Int()))
	}
	sort.Ints(all)
	fmt.Println(all)

	// a blocked send through Select wakes when a receiver comes, and so does a blocked reflect Send
	w := make(chan int)
	done2 := make(chan bool)
	go func() {
		fmt.Println("received", <-w)
		fmt.Println("received", <-w)
		done2 <- true
	}()
	i, _, _ := reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(w), Send: reflect.ValueOf(42)}})
	reflect.ValueOf(w).Send(reflect.ValueOf(43))
	<-done2
	fmt.Println("sent by case", i)
}
