# A coroutine that is created and never awaited: CPython warns when it is freed, gilkit when the
# program ends (same text; stdout and stderr are compared separately).
async def main():
    print("main ran")


async def helper(n):
    return n


main()
print("the program goes on")
c = helper(1)
c.close()  # closed coroutines are not reported
for i in range(3):
    helper(i)  # reported once for this line
