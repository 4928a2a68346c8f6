# A small "modern Python" tutorial program: dataclasses, enum, typing, json, logging,
# contextlib, datetime, collections, operator, statistics and re together.
from __future__ import annotations

import json
import logging
import re
import statistics
from collections import Counter
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from enum import Enum, auto
from operator import attrgetter
from typing import Dict, List, Optional

logging.basicConfig(level=logging.DEBUG, format="%(levelname)-7s %(name)s.%(funcName)s: %(message)s")
log = logging.getLogger("inventory")


class Category(Enum):
    TOOLS = auto()
    FOOD = auto()
    TOYS = auto()


@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    category: Category
    tags: List[str] = field(default_factory=list)
    expires: Optional[date] = None

    def __post_init__(self):
        self.sort_key = self.price


@dataclass
class Inventory:
    items: Dict[str, Item] = field(default_factory=dict)

    def add(self, item: Item) -> None:
        if item.name in self.items:
            log.warning("replacing %s", item.name)
        self.items[item.name] = item
        log.debug("added %r", item)

    def by_category(self) -> Counter:
        return Counter(i.category.name for i in self.items.values())


@contextmanager
def section(title):
    print(f"== {title} ==")
    yield
    print(f"== end {title} ==")


inv = Inventory()
today = date(2024, 3, 1)
inv.add(Item("hammer", 12.5, Category.TOOLS, ["steel"]))
inv.add(Item("apple", 0.4, Category.FOOD, expires=today + timedelta(days=7)))
inv.add(Item("robot", 30.0, Category.TOYS, ["kids", "battery"]))
inv.add(Item("apple", 0.5, Category.FOOD, expires=today + timedelta(days=5)))

with section("report"):
    for item in sorted(inv.items.values()):
        print(f"{item.name:<8}{item.price:>7.2f}  {item.category}  {item.expires or '-'}")
    print(inv.by_category().most_common())
    prices = [i.price for i in inv.items.values()]
    print(statistics.mean(prices), statistics.median(prices), round(statistics.stdev(prices), 3))
    print([i.name for i in sorted(inv.items.values(), key=attrgetter("category.value", "name"))])

with section("json"):
    def encode(o):
        if isinstance(o, Enum):
            return o.name
        if isinstance(o, date):
            return o.isoformat()
        raise TypeError(type(o).__name__)
    data = {name: asdict(item) for name, item in inv.items.items()}
    text = json.dumps(data, default=encode, indent=2, sort_keys=True)
    print(text)
    back = json.loads(text)
    print(back["apple"]["expires"], back["robot"]["tags"], Category[back["hammer"]["category"]])

with section("parse"):
    order = "2 x hammer @12.50; 10 x apple @0.45; 1 x robot @30"
    for qty, name, price in re.findall(r"(\d+) x (\w+) @(\d+(?:\.\d+)?)", order):
        log.info("order line: %s %s at %.2f", qty, name, float(price))
    try:
        inv.items["laser"]
    except KeyError:
        log.exception("no laser in stock")
