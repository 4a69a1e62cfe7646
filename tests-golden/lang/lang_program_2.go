package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
	Tags  map[string]bool
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Item)}
}

func (inv *Inventory) logf(format string, args ...interface{}) {
	inv.log = append(inv.log, fmt.Sprintf(format, args...))
}

func (inv *Inventory) Add(sku, name string, qty int, price float64, tags ...string) {
	it, ok := inv.items[sku]
	if !ok {
		it = &Item{SKU: sku, Name: name, Price: price, Tags: map[string]bool{}}
		inv.items[sku] = it
	}
	it.Qty += qty
	for _, t := range tags {
		it.Tags[t] = true
	}
	inv.logf("add %s x%d", sku, qty)
}

type StockError struct {
	SKU       string
	Have, Want int
}

func (e StockError) Error() string {
	return fmt.Sprintf("insufficient %s: have %d, want %d", e.SKU, e.Have, e.Want)
}

func (inv *Inventory) Remove(sku string, qty int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("unknown sku %q", sku)
	}
	if it.Qty < qty {
		return StockError{sku, it.Qty, qty}
	}
	it.Qty -= qty
	inv.logf("remove %s x%d", sku, qty)
	return nil
}

func (inv *Inventory) Value() (total float64) {
	for _, it := range inv.items {
		total += float64(it.Qty) * it.Price
	}
	return
}

func (inv *Inventory) ByTag(tag string) []string {
	var out []string
	for sku, it := range inv.items {
		if it.Tags[tag] {
			out = append(out, sku)
		}
	}
	sort.Strings(out)
	return out
}

func main() {
	inv := NewInventory()
	inv.Add("A1", "apple", 10, 0.5, "fruit", "red")
	inv.Add("B2", "banana", 5, 0.25, "fruit")
	inv.Add("C3", "carrot", 7, 0.1, "veg")
	inv.Add("A1", "apple", 5, 0.5, "fresh")
	fmt.Printf("value: %.2f\n", inv.Value())
	errs := []error{inv.Remove("A1", 3), inv.Remove("B2", 10), inv.Remove("Z9", 1)}
	for _, res := range errs {
		var se StockError
		switch e := res.(type) {
		case nil:
			fmt.Println("ok")
		case StockError:
			se = e
			fmt.Println("stock:", se.Have, se.Want, e)
		default:
			fmt.Println("other:", e)
		}
	}
	fmt.Println(inv.ByTag("fruit"), inv.ByTag("veg"), inv.ByTag("none"))
	fmt.Println(strings.Join(inv.log, "; "))
	skus := make([]string, 0, len(inv.items))
	for k := range inv.items {
		skus = append(skus, k)
	}
	sort.Strings(skus)
	for _, k := range skus {
		it := inv.items[k]
		tags := []string{}
		for t := range it.Tags {
			tags = append(tags, t)
		}
		sort.Strings(tags)
		fmt.Printf("%-3s %-8s %3d %6.2f %v\n", it.SKU, it.Name, it.Qty, it.Price, tags)
	}
}
