package main

import "fmt"

type Account struct {
	Owner   string
	Balance float64
	History []float64
}

func (a *Account) Deposit(x float64) *Account {
	a.Balance += x
	a.History = append(a.History, x)
	return a
}

func (a Account) String() string {
	return fmt.Sprintf("%s: %.2f (%d tx)", a.Owner, a.Balance, len(a.History))
}

type Wrapper struct {
	Account
	Note string
}

type Graph struct {
	nodes map[string][]string
}

func NewGraph() *Graph { return &Graph{nodes: make(map[string][]string)} }
func (g *Graph) Edge(a, b string) {
	g.nodes[a] = append(g.nodes[a], b)
}
func (g *Graph) DFS(start string, seen map[string]bool, out *[]string) {
	if seen[start] {
		return
	}
	seen[start] = true
	*out = append(*out, start)
	for _, n := range g.nodes[start] {
		g.DFS(n, seen, out)
	}
}

func main() {
	a := &Account{Owner: "ann"}
	a.Deposit(10).Deposit(5.5)
	fmt.Println(a)
	fmt.Println(*a)
	w := Wrapper{*a, "copy"}
	w.Deposit(100)
	fmt.Println(w, a.Balance)
	fmt.Printf("%v|%+v|%s\n", w, w.Note, w)
	g := NewGraph()
	g.Edge("a", "b")
	g.Edge("a", "c")
	g.Edge("b", "d")
	g.Edge("c", "d")
	var out []string
	g.DFS("a", map[string]bool{}, &out)
	fmt.Println(out)
	accts := []Account{{Owner: "x"}, {Owner: "y"}}
	for i := range accts {
		accts[i].Deposit(float64(i + 1))
	}
	fmt.Println(accts)
	p := &accts[0]
	accts = append(accts, Account{Owner: "z"})
	p.Deposit(1000)
	fmt.Println(accts[0].Balance == 1001 || accts[0].Balance == 1)
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"a", 1}, {"b", 2}}
	m := map[string]pair{}
	for _, p := range ps {
		m[p.k] = p
	}
	fmt.Println(m["b"].v, len(m))
	var empty struct{}
	fmt.Println(empty, struct{}{} == empty)
}
