for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print("pair", i, j)
else:
    print("for-else ran")

n = 0
while True:
    n += 1
    if n > 5:
        break
else:
    print("not printed")
print("n", n)

while n > 0:
    n -= 2
else:
    print("while-else", n)

for x in []:
    print("never")
else:
    print("empty for-else")

def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            return idx
    return -1

print(find([5, 6, 7], 7), find([5, 6, 7], 8))
count = 0
for a in range(4):
    for b in range(4):
        for c in range(4):
            if a + b + c == 6:
                count += 1
print("count", count)
