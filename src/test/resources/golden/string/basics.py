import string
from string import Template
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(len(string.printable), string.ascii_uppercase, string.capwords("hello   wide world"), string.capwords("a-b-c", "-"))
t = Template("$who likes ${what}, costs $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann"}, what="tea"), t.safe_substitute(who="x"))
print(Template("$a$b ${c}d $").safe_substitute(a=1, b=2), t.get_identifiers(), t.is_valid(), Template("$").is_valid())
for bad in [lambda: t.substitute(who="x"), lambda: Template("bad $ here").substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Formatter().format("{0}-{x}", 1, x=2))
