# itertools: the usual iterator building blocks.
import itertools as it

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 2), 3)), list(it.islice(it.count(0.5, 0.25), 3)))
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 4)), list(it.islice("abcdefg", 2, None)), list(it.islice("abcdefg", 0, None, 2)))
print(list(it.chain("ab", [1, 2], ())), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")), list(it.product()))
print(list(it.repeat("z", 3)), list(it.islice(it.repeat(1), 2)), list(it.islice(it.cycle("ab"), 5)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=10)))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.zip_longest()))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(3), 5)))
print(list(it.combinations_with_replacement("ab", 2)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(lambda x: x % 2, range(6))), list(it.pairwise("abcd")))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
try:
    it.islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
