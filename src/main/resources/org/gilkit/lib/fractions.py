"""Fraction, rational numbers (gilkit's compact version of CPython 3.11's Lib/fractions.py).

Fraction(n, d), Fraction(int | float | str | Fraction): normalized (gcd, positive denominator);
+ - * / // % ** with ints, floats (result float) and Fractions; comparisons, hash equal to the
equal int/float's, float(), int(), round(), limit_denominator, as_integer_ratio, from_float,
repr Fraction(3, 4) and str 3/4. No Decimal support.
"""

import math

__all__ = ['Fraction']


def _parse(s):
    s = s.strip()
    if '/' in s:
        num, _, den = s.partition('/')
        return int(num), int(den)
    try:
        return int(s), 1
    except ValueError:
        pass
    f = float(s)
    if f != f or f in (float('inf'), float('-inf')):
        raise ValueError('Invalid literal for Fraction: %r' % s)
    mant, _, exp = s.lower().partition('e')
    sign = -1 if mant.startswith('-') else 1
    mant = mant.lstrip('+-')
    intpart, _, frac = mant.partition('.')
    n = int((intpart or '0') + frac)
    d = 10 ** len(frac)
    e = int(exp) if exp else 0
    if e >= 0:
        n *= 10 ** e
    else:
        d *= 10 ** -e
    return sign * n, d


class Fraction:
    """A rational number numerator/denominator."""

    __slots__ = ('_numerator', '_denominator')

    def __init__(self, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                n, d = int(numerator), 1
            elif isinstance(numerator, Fraction):
                n, d = numerator._numerator, numerator._denominator
            elif isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                n, d = _parse(numerator)
            elif hasattr(numerator, 'numerator') and hasattr(numerator, 'denominator'):
                n, d = numerator.numerator, numerator.denominator
            else:
                raise TypeError("argument should be a string or a Rational instance")
        else:
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                q = Fraction(numerator) / Fraction(denominator)
                n, d = q._numerator, q._denominator
            elif isinstance(numerator, int) and isinstance(denominator, int):
                n, d = int(numerator), int(denominator)
            else:
                raise TypeError("both arguments should be Rational instances")
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = n // g
        self._denominator = d // g

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(str(dec))

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def is_integer(self):
        return self._denominator == 1

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def _operands(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def __add__(a, b):
        o = a._operands(b)
        if o is None:
            return float(a) + b if isinstance(b, float) else NotImplemented
        return Fraction(a._numerator * o._denominator + o._numerator * a._denominator,
                        a._denominator * o._denominator)

    def __radd__(b, a):
        return b.__add__(a)

    def __sub__(a, b):
        o = a._operands(b)
        if o is None:
            return float(a) - b if isinstance(b, float) else NotImplemented
        return Fraction(a._numerator * o._denominator - o._numerator * a._denominator,
                        a._denominator * o._denominator)

    def __rsub__(b, a):
        o = b._operands(a)
        if o is None:
            return a - float(b) if isinstance(a, float) else NotImplemented
        return o - b

    def __mul__(a, b):
        o = a._operands(b)
        if o is None:
            return float(a) * b if isinstance(b, float) else NotImplemented
        return Fraction(a._numerator * o._numerator, a._denominator * o._denominator)

    def __rmul__(b, a):
        return b.__mul__(a)

    def __truediv__(a, b):
        o = a._operands(b)
        if o is None:
            return float(a) / b if isinstance(b, float) else NotImplemented
        if o._numerator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (a._numerator * o._denominator))
        return Fraction(a._numerator * o._denominator, a._denominator * o._numerator)

    def __rtruediv__(b, a):
        o = b._operands(a)
        if o is None:
            return a / float(b) if isinstance(a, float) else NotImplemented
        return o / b

    def __floordiv__(a, b):
        o = a._operands(b)
        if o is None:
            return float(a) // b if isinstance(b, float) else NotImplemented
        return (a._numerator * o._denominator) // (a._denominator * o._numerator)

    def __rfloordiv__(b, a):
        o = b._operands(a)
        if o is None:
            return NotImplemented
        return o // b

    def __mod__(a, b):
        o = a._operands(b)
        if o is None:
            return float(a) % b if isinstance(b, float) else NotImplemented
        return a - o * (a // o)

    def __rmod__(b, a):
        o = b._operands(a)
        if o is None:
            return NotImplemented
        return o % b

    def __divmod__(a, b):
        return (a // b, a % b)

    def __pow__(a, b):
        if isinstance(b, int):
            if b >= 0:
                return Fraction(a._numerator ** b, a._denominator ** b)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -b))
            return Fraction(a._denominator ** -b, a._numerator ** -b)
        if isinstance(b, Fraction) and b._denominator == 1:
            return a ** b._numerator
        return float(a) ** float(b)

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            elif remainder * 2 > self._denominator:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __hash__(self):
        if self._denominator == 1:
            return hash(self._numerator)
        f = float(self)
        if Fraction.from_float(f) == self:
            return hash(f)
        return hash((self._numerator, self._denominator))

    def _cmp_key(self, other):
        if isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return None
            other = Fraction.from_float(other)
        o = self._operands(other)
        if o is None:
            return None
        return (self._numerator * o._denominator, o._numerator * self._denominator)

    def __eq__(a, b):
        k = a._cmp_key(b)
        if k is None:
            return False if isinstance(b, float) else NotImplemented
        return k[0] == k[1]

    def __lt__(a, b):
        k = a._cmp_key(b)
        if k is None:
            return NotImplemented
        return k[0] < k[1]

    def __le__(a, b):
        k = a._cmp_key(b)
        if k is None:
            return NotImplemented
        return k[0] <= k[1]

    def __gt__(a, b):
        k = a._cmp_key(b)
        if k is None:
            return NotImplemented
        return k[0] > k[1]

    def __ge__(a, b):
        k = a._cmp_key(b)
        if k is None:
            return NotImplemented
        return k[0] >= k[1]

    def __bool__(a):
        return a._numerator != 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
