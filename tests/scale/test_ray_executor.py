"""The Ray executor's scheduling against a stand-in for Ray (runs where Ray is not installed): a dead actor's shards go
to a fresh actor, and an actor that never starts because the cluster lost a node gives its shards back."""

from __future__ import annotations

import sys
import types
from collections import Counter
from typing import Any

import pytest

from politika.scale.ray_engine import RayExecutor
from politika.scale.shards import Shard


class _ActorDied(Exception):
    pass


class _Died(Exception):
    """Raised by a task to make the stand-in's actor die (as os._exit would)."""


class _Ref:
    def __init__(self, actor: _Actor, call: tuple[Any, ...] | None) -> None:
        self.actor, self.call = actor, call
        self.done, self.value, self.error = False, None, None

    def settle(self) -> None:
        if self.done:
            return
        if not self.actor.dead and self.call is not None:
            fn, shard, args = self.call
            try:
                self.value = fn(shard, *args)
            except _Died:
                self.actor.dead = True
        if self.actor.dead:
            self.error = _ActorDied("the actor died")
        self.done = True


class _Actor:
    def __init__(self, fake: _FakeRay) -> None:
        self.dead, self.pending = False, fake.new_actors_pending
        self.pid = types.SimpleNamespace(remote=lambda: _Ref(self, None))
        self.run = types.SimpleNamespace(remote=lambda fn, shard, args: _Ref(self, (fn, shard, args)))


class _FakeRay:
    def __init__(self, cpus: list[int]) -> None:
        self.cpus = cpus  # what cluster_resources says, call after call (the last one stays)
        self.new_actors_pending = False
        self.killed = 0

    def is_initialized(self) -> bool:
        return True

    def cluster_resources(self) -> dict[str, float]:
        return {"CPU": self.cpus.pop(0) if len(self.cpus) > 1 else self.cpus[0]}

    def remote(self, **_: Any) -> Any:
        return lambda cls: types.SimpleNamespace(remote=lambda prepare: _Actor(self))

    def wait(self, refs: list[_Ref], num_returns: int = 1, timeout: float | None = None) -> tuple[list[_Ref], list]:
        for ref in refs:  # in the order submitted: an actor runs its calls one after the other
            if not ref.actor.pending:
                ref.settle()
                return [ref], []
        assert timeout is not None, "would wait for ever"
        return [], refs

    def get(self, ref: _Ref) -> Any:
        ref.settle()
        if ref.error:
            raise ref.error
        return ref.value

    def kill(self, actor: _Actor, no_restart: bool = True) -> None:
        actor.dead = True
        self.killed += 1


def _executor(monkeypatch: pytest.MonkeyPatch, fake: _FakeRay) -> RayExecutor:
    monkeypatch.setitem(sys.modules, "ray", fake)
    monkeypatch.setitem(sys.modules, "ray.exceptions", types.SimpleNamespace(RayActorError=_ActorDied))
    return RayExecutor(max_retries=2)


SHARDS = [Shard("jsonl", ("a.jsonl",), start=n, stop=n + 1) for n in range(1, 7)]


def test_a_dead_actors_shard_goes_to_a_fresh_actor_and_runs_again_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _FakeRay([2])
    runs: Counter[int] = Counter()

    def task(shard: Shard) -> dict[str, Any]:
        runs[shard.start] += 1
        if shard.start == 2 and runs[2] == 1:
            raise _Died
        return {"shard": shard.start}

    ended = list(_executor(monkeypatch, fake).run(task, SHARDS, ()))
    assert sorted(s.start for s, result in ended if result == {"shard": s.start}) == [1, 2, 3, 4, 5, 6]
    assert runs == Counter({1: 1, 2: 2, 3: 1, 4: 1, 5: 1, 6: 1})


def test_an_actor_that_never_starts_after_a_node_is_lost_gives_its_shards_back(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The replacement of an actor lost with its node is made while the node still counts (2 CPUs), then the cluster
    has 1: the replacement never starts; its shards run on the actor left."""
    fake = _FakeRay([2, 2, 2, 1])
    runs: Counter[int] = Counter()

    def task(shard: Shard) -> dict[str, Any]:
        runs[shard.start] += 1
        if shard.start == 2 and runs[2] == 1:
            fake.new_actors_pending = True  # no CPU for a new actor any more
            raise _Died
        return {"shard": shard.start}

    ended = list(_executor(monkeypatch, fake).run(task, SHARDS, ()))
    assert sorted(s.start for s, result in ended if result == {"shard": s.start}) == [1, 2, 3, 4, 5, 6]
    assert runs == Counter({1: 1, 2: 2, 3: 1, 4: 1, 5: 1, 6: 1})


def test_a_shard_whose_actor_dies_every_time_fails_after_the_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    runs: Counter[int] = Counter()

    def task(shard: Shard) -> dict[str, Any]:
        runs[shard.start] += 1
        if shard.start == 3:
            raise _Died
        return {"shard": shard.start}

    ended = dict((s.start, r) for s, r in _executor(monkeypatch, _FakeRay([2])).run(task, SHARDS, ()))
    assert isinstance(ended.pop(3), _ActorDied) and runs[3] == 3  # the first attempt and max_retries=2 more
    assert ended == {n: {"shard": n} for n in (1, 2, 4, 5, 6)}


def test_near_the_end_a_shard_goes_to_an_idle_actor_not_behind_a_running_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """While more shards are left than actors each actor holds two (one waiting); after that, none waits behind a
    running shard, so the last ones go to whichever actor is free first."""
    fake = _FakeRay([2])
    given: list[tuple[int, int]] = []  # (shards left before this one was given, the actor's calls not yet settled)
    executor = _executor(monkeypatch, fake)
    original = _Actor.__init__

    def counting_actor(self: _Actor, fake_ray: _FakeRay) -> None:
        original(self, fake_ray)
        refs: list[_Ref] = []

        def run(fn: Any, shard: Shard, args: Any) -> _Ref:
            given.append((len(SHARDS) - len(given), sum(not r.done for r in refs)))
            refs.append(_Ref(self, (fn, shard, args)))
            return refs[-1]

        self.run = types.SimpleNamespace(remote=run)

    monkeypatch.setattr(_Actor, "__init__", counting_actor)
    ended = list(executor.run(lambda shard: {"shard": shard.start}, SHARDS, ()))
    assert sorted(s.start for s, _ in ended) == [1, 2, 3, 4, 5, 6]
    assert [busy for left, busy in given if left <= 2] == [0, 0]  # the last two: to an actor with nothing running
    assert any(busy for left, busy in given if left > 2)  # before that, one waits behind a running one
