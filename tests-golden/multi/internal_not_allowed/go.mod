module example.com/in

go 1.19
