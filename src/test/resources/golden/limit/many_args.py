# Calls with many arguments and deep nesting stay within the interpreter's caps.
def f(*args, **kwargs):
    return len(args), len(kwargs)

args = list(range(5000))
print(f(*args))
print(f(**{"k%d" % i: i for i in range(3000)}))
src_args = ", ".join(str(i) for i in range(300))
print(eval("f(" + src_args + ")") if False else "eval not needed")
def g(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19,
      a20, a21, a22, a23, a24, a25, a26, a27, a28, a29):
    return a0 + a29
print(g(*range(30)))
print(f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
        30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57))
x = [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]
print(x)
