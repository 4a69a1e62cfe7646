package orders

import "sync"

// Order is one line of an order. Java passes records with the same components.
type Order struct {
	Customer string
	Item     string
	Quantity int
}

// Summary is what Totals works out for one customer.
type Summary struct {
	Orders int
	Items  int
	Total  float64
}

// Totals prices each order on a goroutine of its own, asking the caller for the unit price of its item, and adds
// the orders up per customer. It returns once every goroutine is done.
func Totals(orders []Order, price func(item string) float64) map[string]Summary {
	totals := make(map[string]Summary)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, o := range orders {
		wg.Add(1)
		go func(o Order) {
			defer wg.Done()
			cost := price(o.Item) * float64(o.Quantity)
			mu.Lock()
			defer mu.Unlock()
			s := totals[o.Customer]
			s.Orders++
			s.Items += o.Quantity
			s.Total += cost
			totals[o.Customer] = s
		}(o)
	}
	wg.Wait()
	return totals
}
