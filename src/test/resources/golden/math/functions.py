# math: functions, constants, integer functions and CPython's errors.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.sqrt(16), math.exp(1), math.log(100, 10), math.log(8, 2), math.log(math.e))
print(math.log2(1024), math.log10(1000), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.asin(1), math.acos(1))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.degrees(math.pi), math.radians(180))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5), type(math.floor(1.5)).__name__)
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.copysign(1, -0.0), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.pow(2, 10), math.pow(2, 0.5))
print(math.isinf(math.inf), math.isfinite(1.0), math.isfinite(math.nan))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(), math.gcd(-4, 6))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.comb(100, 50))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**40))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod([1.5, 2]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(round(math.erf(0.5), 12), round(math.erfc(0.5), 12), math.gamma(5), round(math.lgamma(10), 10))
print(math.log(2**1000), math.log(10**400, 10))
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.acos, (2,)), (math.exp, (1000,)),
                (math.factorial, (-1,)), (math.factorial, (2.5,)), (math.isqrt, (-1,)), (math.comb, (-1, 2)),
                (math.sqrt, ("x",)), (math.floor, (math.inf,)), (math.floor, (math.nan,)), (math.pow, (0, -1)),
                (math.fmod, (1, 0)), (math.gcd, (1.5, 2)), (math.log, (1, 1))]:
    try:
        print(f.__name__, f(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(f.__name__, type(e).__name__ + ":", e)
