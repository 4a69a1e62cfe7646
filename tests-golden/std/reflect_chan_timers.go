// reflect's Recv and Select woken by the runtime's timers (time.After, a Ticker), as <-ch and select are.
package main

import (
	"fmt"
	"reflect"
	"time"
)

func main() {
	v, ok := reflect.ValueOf(time.After(10 * time.Millisecond)).Recv()
	fmt.Println(v.Type(), ok)
	never := make(chan int)
	i, r, ok := reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(never)},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(time.After(20 * time.Millisecond))},
	})
	fmt.Println(i, r.Type(), ok)
	tk := time.NewTicker(5 * time.Millisecond)
	for n := 0; n < 3; n++ {
		reflect.ValueOf(tk.C).Recv()
	}
	tk.Stop()
	fmt.Println("ticks")
}
