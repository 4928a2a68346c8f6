import re
m = re.search(r"(\d+)-(\d+)", "call 555-1234 now")
print(m, m.group(), m.group(1), m.group(1, 2), m.groups(), m.span(), m.start(2), m.end(), m[2], m.lastindex, m.string, m.re)
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe lives")
print(m.group("first"), m["last"], m.groupdict(), m.lastgroup, re.match("x", "yx"), re.fullmatch(r"\w+", "abc"), re.fullmatch(r"\w+", "ab c"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1, b=2"), re.findall(r"(a)|b", "ab"), re.findall("x*", "abxd"))
print([m.span() for m in re.finditer(r"o", "foo boo")], re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home"), re.sub("x*", "-", "abxd"))
print(re.sub(r"(?P<n>\d)", r"<\g<n>\g<0>>", "a1b2"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.subn("a", "b", "aaa", count=2), re.sub("a", r"\n", "xa") == "x\n")
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words."), re.split(r"\W+", "a,b,c,d", maxsplit=2), re.split("x*", "axb"), re.split(r"\b", "a b"))
p = re.compile(r"^\s*#(.*)$", re.M)
print(p.findall("x\n # one\n#two\n"), p, p.pattern, p.flags == re.M | re.U, p.groups, re.compile("(?P<a>x)(?P<b>y)").groupindex)
print(re.findall(r"^a.c$", "abc\na\nc", re.S), re.findall(r"a.c", "a\nc", re.S), re.findall(r"A", "aA", re.I), re.search(r"colou?r", "COLOR", re.IGNORECASE).group())
v = re.compile(r"""
    (\d{3})   # area
    [-\s]?    # separator
    (\d{4})   # number
""", re.VERBOSE)
print(v.search("tel 555 1234").groups(), re.findall("[a b]", "a b"), re.findall(r"a{2,3}", "aaaa a aa"), re.findall(r"a{,2}b", "aaab"), re.findall("{x}", "{x}"))
print(re.escape("a.b*c?d[e] f"), re.findall(r"[\w.-]+@[\w-]+\.\w+", "x.y@ex-ample.com, bad@, z@q.org"), re.search(r"\bis\b", "this is it").span())
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("-"), re.search(r"(?<=\$)\d+", "cost $42").group(), re.search(r"\d+(?= dollars)", "42 dollars").group())
print(re.findall(r"(?i)hello", "Hello HELLO"), re.search(r"(\w)\1", "abccd").group(), re.search(r"(?P<c>\w)(?P=c)", "xyzzy").group(), re.sub(r"(?m)^", "> ", "a\nb"))
print(re.findall(r"\d", "١٢3"), re.findall(r"\d", "١٢3", re.A), re.findall(r"\w+", "naïve café"), re.search("é", "café").span(), re.search("b", "😀ab").span())
print(re.findall(rb"\d+", b"a12b3"), re.sub(rb"x", b"y", b"axb"), re.search(r"\Aab\Z", "ab"), re.search(r"a$", "a\n"), re.search(r"a\Z", "a\n"))
print(re.compile(r"\d").search("ab12", 3), re.compile(r"^\d").search("ab12", 2), re.compile(r"\d$").search("12ab", 0, 2), re.I, re.M | re.S, repr(re.compile("a", re.I | re.M)))
for bad in ["(", "a)", "[a", "*a", r"\q", "(?P<1>x)", "(?P=nope)", r"a{3,2}"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e)
try:
    re.sub("(a)", r"\2", "a")
except re.error as e:
    print(e)
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)", "on 2024-05-06")
print(m.expand(r"\g<month>/\g<year>"), m.regs, bool(m), re.purge())
