foo(a b
bar()
