// reflect's channel operations refused as Go refuses them: wrong kinds and directions, unassignable values,
// closed and nil channels, Values reached through unexported fields, and malformed Select cases.
package main

import (
	"fmt"
	"reflect"
)

type holder struct {
	c chan int
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(*reflect.ValueError); ok {
			fmt.Printf("%s: ValueError %s %v: %v\n", name, e.Method, e.Kind, e)
			return
		}
		if e, isErr := r.(error); isErr {
			fmt.Printf("%s: error %v\n", name, e)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	c := make(chan int, 1)
	var recvOnly <-chan int = c
	var sendOnly chan<- int = c
	closed := make(chan int)
	close(closed)
	var nilc chan int
	one := reflect.ValueOf(1)
	try("send on int", func() { reflect.ValueOf(1).Send(one) })
	try("recv on string", func() { reflect.ValueOf("s").Recv() })
	try("trysend on zero", func() { reflect.Value{}.TrySend(one) })
	try("tryrecv on zero", func() { reflect.Value{}.TryRecv() })
	try("close on slice", func() { reflect.ValueOf([]int{}).Close() })
	try("send on recv-only", func() { reflect.ValueOf(recvOnly).Send(one) })
	try("trysend on recv-only", func() { reflect.ValueOf(recvOnly).TrySend(one) })
	try("recv on send-only", func() { reflect.ValueOf(sendOnly).Recv() })
	try("tryrecv on send-only", func() { reflect.ValueOf(sendOnly).TryRecv() })
	try("close recv-only", func() { reflect.ValueOf(make(<-chan int)).Close(); fmt.Println("closed a recv-only channel") })
	try("send wrong type", func() { reflect.ValueOf(c).Send(reflect.ValueOf("s")) })
	try("send zero value", func() { reflect.ValueOf(c).Send(reflect.Value{}) })
	try("send on closed", func() { reflect.ValueOf(closed).Send(one) })
	try("trysend on closed", func() { reflect.ValueOf(closed).TrySend(one) })
	try("close closed", func() { reflect.ValueOf(closed).Close() })
	try("close nil", func() { reflect.ValueOf(nilc).Close() })
	try("trysend nil", func() { fmt.Println(reflect.ValueOf(nilc).TrySend(one)) })
	try("tryrecv nil", func() { v, ok := reflect.ValueOf(nilc).TryRecv(); fmt.Println(v.IsValid(), ok) })
	try("len cap nil", func() { fmt.Println(reflect.ValueOf(nilc).Len(), reflect.ValueOf(nilc).Cap()) })
	h := reflect.ValueOf(holder{c})
	try("send unexported", func() { h.Field(0).Send(one) })
	try("recv unexported", func() { h.Field(0).Recv() })
	try("close unexported", func() { h.Field(0).Close() })
	try("len unexported", func() { fmt.Println(h.Field(0).Len(), h.Field(0).Cap()) })
	try("send unexported value", func() {
		reflect.ValueOf(c).Send(reflect.ValueOf(struct{ x int }{1}).Field(0))
	})

	rc := func(ch any) reflect.SelectCase {
		return reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ch)}
	}
	try("select bad dir", func() { reflect.Select([]reflect.SelectCase{{Dir: 7}}) })
	try("select zero dir", func() { reflect.Select([]reflect.SelectCase{{}}) })
	try("select two defaults", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault}, {Dir: reflect.SelectDefault}})
	})
	try("select default chan", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault, Chan: reflect.ValueOf(c)}})
	})
	try("select default send", func() { reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault, Send: one}}) })
	try("select recv with send", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c), Send: one}})
	})
	try("select send missing value", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(c)}})
	})
	try("select send nil chan no value", func() {
		fmt.Println(reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend}, {Dir: reflect.SelectDefault}}))
	})
	try("select send recv-only", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(recvOnly), Send: one}})
	})
	try("select recv send-only", func() { reflect.Select([]reflect.SelectCase{rc(sendOnly)}) })
	try("select not a chan", func() { reflect.Select([]reflect.SelectCase{rc(3)}) })
	try("select send wrong type", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(c), Send: reflect.ValueOf(1.5)}})
	})
	try("select send closed", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(closed), Send: one}})
	})
	try("select unexported chan", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: h.Field(0)}})
	})
	try("select too many", func() { reflect.Select(make([]reflect.SelectCase, 65537)) })
	fmt.Println("blocking on a channel no one sends to")
	reflect.ValueOf(make(chan int)).Recv()
}
