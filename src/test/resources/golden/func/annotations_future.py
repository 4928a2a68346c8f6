from __future__ import annotations


def scale(values: list[float], factor: float = 2.0, *, clamp: bool | None = None) -> list[float]:
    return [v * factor for v in values]


class Node:
    def link(self, other: Node) -> Node:
        return other


print(scale.__annotations__)
print(Node.link.__annotations__)
print(scale([1.0, 2.5]))
