"""Disjoint sets over 0..n-1: the grouping that quotations, facts, figures and the archive's stories need."""

from __future__ import annotations

__all__ = ["Groups"]


class Groups:
    """Items 0..n-1 in disjoint groups; joining is transitive. A group is named by its least item."""

    __slots__ = ("_parent",)

    def __init__(self, n: int) -> None:
        self._parent = list(range(n))

    def root(self, item: int) -> int:
        """The least item of *item*'s group."""
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]  # path halving
            item = parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        """Put *a* and *b* (and their groups) in one group."""
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def members(self) -> dict[int, list[int]]:
        """Each group's items in ascending order, keyed by the group's least item."""
        found: dict[int, list[int]] = {}
        for item in range(len(self._parent)):
            found.setdefault(self.root(item), []).append(item)
        return found
