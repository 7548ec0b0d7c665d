"""Actor look-up keys are remembered (actors.dictionary._key): same keys, each worked out once."""
from conflictlens.actors import default_dictionary
from conflictlens.actors.dictionary import _key


def test_keys_are_the_same_and_remembered():
    assert _key("Al-Shabaab  Fighters") == "al-shabaab fighters"
    assert _key("al \u2013 Shabaab") == "al shabaab"  # an en dash is no hyphen: read as a space
    assert _key("Boko  Haram's") == "boko haram's" == _key("Boko Haram\u2019s")
    _key.cache_clear()
    _key("Islamic State")
    _key("Islamic State")
    _key("islamic state")  # another text: another entry, not the first one's served stale
    info = _key.cache_info()
    assert (info.hits, info.misses) == (1, 2)


def test_named_actors_resolve_as_before_with_keys_remembered():
    actors = default_dictionary()
    for _ in range(2):
        assert actors.named("Boko Haram") is not None
        assert actors.named("the farmers' cooperative") is None
