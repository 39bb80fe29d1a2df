"""Direct-indexed weight tables: the run-time fast path of :func:`newsmine.entities.model.emissions`.

The exported model is a hash table from mixed feature keys (:func:`features.encode`) to weight rows.
Hashing 22 keys per character is most of the tagger's time, yet most templates take few values (a
character, a character class, a POS tag). Mixing a key is a bijection (xor, multiplication by an odd
constant, xor-shift), so every model key can be unmixed back to the raw value it stands for under each
template; at load time this turns the model into small arrays indexed by those raw values:

- one row of four weight vectors per code point (templates c0, c-1, c+1, c+2),
- one row of four per character pair, found in a hash table (c-1c0, c0c+1, c-2c-1, c+1c+2),
- tables indexed by POS ids (wb.pos with pos-1.pos; pos.pos+1), by (character, word position,
  POS) (c0.wb.pos), by small codes (class3; wb.flags with len.wb; surname with given and translit;
  dict.per with dict.loc and dict.org),
- the word identities, in a hash table, looked up once per token.

Because unmixing is exact, a raw value finds a weight row here if and only if its key is in the hash
table: the emissions are the same sums (in float64, as crfsuite computes them), several times faster.
Tables of a single template keep the model's float32 weights (exact; half the memory traffic).
Neighbour features use an extended character sequence in which every region (sentence) is framed by
two left and two right padding codes, so c-1, c+2, ... are plain shifts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsmine.entities.features import (
    _MUL,
    _PAD_L,
    _PAD_R,
    TEMPLATES,
    _hint_tables,
    dict_codes,
    hash_find,
    hash_index,
    word_arrays,
)

_TID = 0xD1B54A32D192ED03
_M64 = (1 << 64) - 1
_MAXCP = 0x110000
_POS_PAD_L, _POS_PAD_R = 0xFFFF01, 0xFFFF02
T = {name: k + 1 for k, name in enumerate(TEMPLATES)}  # template number as mixed into the keys


def unmix(keys: Any, template: int) -> Any:
    """The raw values that ``keys`` (mixed, as in the model) stand for under ``template`` (1-based)."""
    import numpy as np

    with np.errstate(over="ignore"):
        y = keys ^ (keys >> np.uint64(29)) ^ (keys >> np.uint64(58))  # inverse of y ^ (y >> 29)
        v = y * np.uint64(pow(_MUL, -1, 1 << 64))
        return v ^ np.uint64((template * _TID) & _M64)


def _tag_like(v: Any) -> Any:
    """Whether 32-bit values are POS ids of jieba tags: 1-4 lowercase ASCII letters, low bytes first."""
    import numpy as np

    ok = (v > 0) & (v < (1 << 32))
    ended = np.zeros(v.shape, dtype=bool)
    for k in range(4):
        b = (v >> np.uint64(8 * k)) & np.uint64(0xFF)
        letter = (b >= 0x61) & (b <= 0x7A)
        ok &= np.where(ended, b == 0, letter | ((b == 0) & (k > 0)))
        ended |= b == 0
    return ok


@dataclass(frozen=True)
class Tables:
    """The model's weights re-indexed by raw feature values (see the module docstring)."""

    cid: Any  # code point -> character row (0: no weights)
    chars: Any  # (4, characters, labels): c0, c-1, c+1, c+2 (template-major: one gather per template)
    pair_index: Any  # hash table of the raw pairs (a << 21 | b) -> row (pairs otherwise: the zero row)
    pairs: Any  # (4, pairs + 1, labels): c-1c0, c0c+1, c-2c-1, c+1c+2; last row zero
    pos_keys: Any  # sorted POS ids of the vocabulary; pid = index + 1, 0 unknown
    npos: int  # D: pid values 0..D-1 (D-2 left pad, D-1 right pad)
    pos_a: Any  # ((pm1 * D + pid) * 4 + wb, labels): pos-1.pos + wb.pos
    pos_b: Any  # (pid * D + pp1, labels): pos.pos+1
    cwp: Any  # (cid * 4 + wb) * D + pid -> row of c0wp_w
    cwp_w: Any  # (rows + 1, labels), last row zero
    class3: Any  # (513, labels)
    flags_len: Any  # (64 * 36, labels): wb.flags code * 36 + len.wb code
    names: Any  # (12 * 16 * 8, labels): surname, given, translit
    word_index: Any  # hash table of the non-zero raw word keys (uint64) -> row - word_offset
    word_offset: int  # 1 when raw 0 (no word) has the first row
    words: Any  # (words + 1, labels), last row zero
    dicts: Any  # (16 ** 3, labels): dict.per, dict.loc, dict.org codes


def build(model: Any) -> Tables:
    """Derive the direct tables from a model's hash table and weights (once per model)."""
    import numpy as np

    used = model.slot_keys != 0
    keys = model.slot_keys[used]
    w = model.weights.astype(np.float64)[model.slot_rows[used]]  # one weight row per key
    nl = w.shape[1]

    def raw(name: str) -> Any:
        return unmix(keys, T[name])

    def direct(name: str, size: int) -> Any:
        r = raw(name)
        sel = (r < size) & (r > 0)  # raw 0 is "no feature": never weighted
        out = np.zeros((size, nl))
        out[r[sel].astype(np.intp)] = w[sel]
        return out

    # Characters.
    char_tpl = ("c0", "c-1", "c+1", "c+2")
    found = [raw(t) for t in char_tpl]
    cwp_raw = raw("c0.wb.pos")
    cwp_ok = ((cwp_raw >> np.uint64(40)) < _MAXCP) & (((cwp_raw >> np.uint64(34)) & np.uint64(63)) == 0)
    cwp_ok &= _tag_like(cwp_raw & np.uint64(0xFFFFFFFF))
    cps = np.unique(
        np.concatenate([r[(r < _MAXCP) & (r > 0)] for r in found] + [cwp_raw[cwp_ok] >> np.uint64(40)])
    )
    cid = np.zeros(_MAXCP, dtype=np.int32)
    cid[cps.astype(np.intp)] = np.arange(1, len(cps) + 1, dtype=np.int32)
    chars = np.zeros((len(cps) + 1, 4, nl))
    for k, r in enumerate(found):
        sel = (r < _MAXCP) & (r > 0)
        chars[cid[r[sel].astype(np.intp)], k] = w[sel]

    # Character pairs.
    pair_tpl = ("c-1c0", "c0c+1", "c-2c-1", "c+1c+2")
    found = [raw(t) for t in pair_tpl]
    lo21 = np.uint64((1 << 21) - 1)
    okp = [(r < np.uint64(1 << 42)) & ((r & lo21) < _MAXCP) & ((r >> np.uint64(21)) < _MAXCP) for r in found]
    pair_keys = np.unique(np.concatenate([r[ok] for r, ok in zip(found, okp, strict=True)]))
    pairs = np.zeros((len(pair_keys) + 1, 4, nl))
    for k, (r, ok) in enumerate(zip(found, okp, strict=True)):
        pairs[np.searchsorted(pair_keys, r[ok]), k] = w[ok]

    # POS tags.
    lo32, hi = np.uint64(0xFFFFFFFF), np.uint64(32)
    r9, r10, r11 = raw("wb.pos"), raw("pos-1.pos"), raw("pos.pos+1")
    ok9 = ((r9 >> hi) < 4) & _tag_like(r9 & lo32)
    ok10 = (_tag_like(r10 >> hi) | ((r10 >> hi) == _POS_PAD_L)) & _tag_like(r10 & lo32)
    ok11 = _tag_like(r11 >> hi) & (_tag_like(r11 & lo32) | ((r11 & lo32) == _POS_PAD_R))
    vocab = np.concatenate(
        [r9[ok9] & lo32, r10[ok10] & lo32, r10[ok10] >> hi, r11[ok11] >> hi, r11[ok11] & lo32]
    )
    vocab = np.concatenate([vocab, cwp_raw[cwp_ok] & lo32])
    pos_keys = np.unique(vocab[_tag_like(vocab)])
    npos = len(pos_keys) + 3

    def pid(v: Any) -> Any:
        out = np.searchsorted(pos_keys, v) + 1
        out[v == _POS_PAD_L] = npos - 2
        out[v == _POS_PAD_R] = npos - 1
        return out

    wb_pos = np.zeros((npos, 4, nl))
    wb_pos[pid(r9[ok9] & lo32), (r9[ok9] >> hi).astype(np.intp)] = w[ok9]
    pm1_pos = np.zeros((npos, npos, nl))
    pm1_pos[pid(r10[ok10] >> hi), pid(r10[ok10] & lo32)] = w[ok10]
    pos_a = (pm1_pos[:, :, None, :] + wb_pos[None, :, :, :]).reshape(-1, nl)
    pos_b = np.zeros((npos, npos, nl))
    pos_b[pid(r11[ok11] >> hi), pid(r11[ok11] & lo32)] = w[ok11]

    cwp = np.full((len(cps) + 1, 4, npos), int(cwp_ok.sum()), dtype=np.int32)
    sel = np.nonzero(cwp_ok)[0]
    r = cwp_raw[sel]
    cwp[
        cid[(r >> np.uint64(40)).astype(np.intp)],
        ((r >> hi) & np.uint64(3)).astype(np.intp),
        pid(r & lo32),
    ] = np.arange(len(sel), dtype=np.int32)
    cwp_w = np.vstack([w[sel], np.zeros((1, nl))])

    flags = direct("wb.flags", 64)
    lenwb = direct("len.wb", (8 << 8) + 4)
    lenwb = lenwb[[(ln << 8) | b for ln in range(9) for b in range(4)]]  # code len * 4 + wb
    flags_len = (flags[:, None, :] + lenwb[None, :, :]).reshape(-1, nl)
    sur, giv, tra = direct("surname", 12), direct("given", 16), direct("translit", 9)
    names = (sur[:, None, None, :] + giv[None, :, None, :] + tra[None, None, 1:, :]).reshape(-1, nl)

    dper, dloc, dorg = direct("dict.per", 16), direct("dict.loc", 16), direct("dict.org", 16)
    dicts = (dper[:, None, None, :] + dloc[None, :, None, :] + dorg[None, None, :, :]).reshape(-1, nl)

    rw = raw("word")
    order = np.argsort(rw)
    word_keys = rw[order]
    words = np.vstack([w[order], np.zeros((1, nl))])
    offset = 0
    if word_keys.size and word_keys[0] == 0:  # raw 0 is "no word feature"
        words[0] = 0.0
        offset = 1
    # Tables of one template hold float32 weights exactly: stored as float32 they halve the memory
    # the gathers read, and adding them to the float64 sums gives the very same sums.
    f32 = np.float32
    return Tables(
        cid,
        np.ascontiguousarray(chars.transpose(1, 0, 2)).astype(f32),
        hash_index(pair_keys),
        np.ascontiguousarray(pairs.transpose(1, 0, 2)).astype(f32),
        pos_keys,
        npos,
        pos_a,
        pos_b.reshape(-1, nl).astype(f32),
        cwp.reshape(-1),
        cwp_w.astype(f32),
        direct("class3", 513).astype(f32),
        flags_len,
        names,
        hash_index(word_keys[offset:]),
        offset,
        words.astype(f32),
        dicts,
    )


def _lookup(sorted_keys: Any, values: Any) -> Any:
    """Index of each value in ``sorted_keys``, or ``len(sorted_keys)`` (the zero row) when absent."""
    import numpy as np

    m = len(sorted_keys)
    if not m:
        return np.zeros(len(values), dtype=np.intp)
    idx = np.searchsorted(sorted_keys, values)
    idx[idx == m] = m - 1
    return np.where(sorted_keys[idx] == values, idx, m)


def emissions(tables: Tables, text: str, tokens: Any, chunks: Any) -> Any:
    """Per-character label scores of ``text``: the same sums as hashing :func:`features.encode` keys."""
    import numpy as np

    n = len(text)
    hints, (sur2, cls_table) = _hint_tables()
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)

    # Regions (chunks and the text between them), each framed by two pad codes on either side.
    if chunks:
        marks = np.zeros(n + 1, dtype=np.int64)
        for s, e in chunks:
            marks[s] = 1
            marks[e] = 1
        marks[0] = 1
        region = np.cumsum(marks[:n])
    else:
        region = np.ones(n, dtype=np.int64)
    at = np.arange(n) + 4 * region - 2  # extended index of every character
    big = int(at[-1]) + 3
    x = np.full(big, _PAD_L, dtype=np.int64)
    real = np.zeros(big, dtype=bool)
    real[at] = True
    last = np.nonzero(np.diff(region, append=region[-1] + 1))[0]  # last character of each region
    x[at[last] + 1] = _PAD_R
    x[at[last] + 2] = _PAD_R
    x[at] = cp

    # Word position (B M E S = 0 1 2 3) and word features, per character.
    lens, wkey, wflag, posid = word_arrays(tokens)
    ntok = len(lens)
    tix = np.repeat(np.arange(ntok), lens)
    starts = np.cumsum(lens) - lens
    idx = np.arange(n)
    at_start = idx == starts[tix]
    at_end = idx == (starts + lens - 1)[tix]
    wb = np.where(at_start, np.where(at_end, 3, 0), np.where(at_end, 2, 1))
    d = tables.npos
    tok_pid = np.searchsorted(tables.pos_keys, posid) + 1
    tok_pid[tables.pos_keys[np.minimum(tok_pid - 1, len(tables.pos_keys) - 1)] != posid] = 0
    pidx = np.full(big, d - 2, dtype=np.int64)
    pidx[~real & (x == _PAD_R)] = d - 1
    pid = tok_pid[tix]
    pidx[at] = pid

    # Characters and character pairs: one gather each, then shifted sums over the extended sequence.
    # (one gather of n rows per template: no (extended length × 4 × labels) intermediate)
    cx = tables.cid[np.minimum(x, _MAXCP - 1)]
    chars = tables.chars
    em = chars[0][cx[at]].astype(np.float64)
    em += chars[1][cx[at - 1]]
    em += chars[2][cx[at + 1]]
    em += chars[3][cx[at + 2]]
    q = (x[:-1] << 21) | x[1:]
    pi = hash_find(tables.pair_index, q.view(np.uint64))  # pair i = (x[i], x[i+1])
    pairs = tables.pairs
    em += pairs[0][pi[at - 1]]
    em += pairs[1][pi[at]]
    em += pairs[2][pi[at - 2]]
    em += pairs[3][pi[at + 1]]

    em += tables.pos_a[(pidx[at - 1] * d + pid) * 4 + wb]
    em += tables.pos_b[pid * d + pidx[at + 1]]
    em += tables.cwp_w[tables.cwp[(cx[at] * 4 + wb) * d + pid]]

    # Character classes with padding codes 6 / 7 at the region edges.
    bmp = np.minimum(x, 0xFFFF)
    clsx = cls_table[bmp]
    clsx[~real] = np.where(x[~real] == _PAD_R, 7, 6)
    em += tables.class3[clsx[at - 1] * 64 + clsx[at] * 8 + clsx[at + 1] + 1]

    # Surname, given-name and transliteration hints.
    hx = hints[bmp]
    hx[~real] = 0
    h0 = hx[at]
    given = ((h0 >> 1) & 1) | (((hx[at - 1] >> 1) & 1) << 1)
    given |= (((hx[at + 1] >> 1) & 1) << 2) | (((hx[at + 2] >> 1) & 1) << 3)
    is_sur2 = np.zeros(n, dtype=bool)
    maybe = np.nonzero(h0 & 4)[0]
    if maybe.size:
        is_sur2[maybe] = _lookup(sur2, (cp[maybe] << 21) | x[at[maybe] + 1]) < len(sur2)
    surname = np.where(is_sur2, 8 + wb, np.where(((h0 & 1) == 1) & ((wb == 0) | (wb == 3)), 1 + wb, 0))
    translit = ((h0 >> 3) & 1) * 2 + ((hx[at - 1] >> 3) & 1) + ((hx[at + 1] >> 3) & 1) * 4
    em += tables.names[(surname * 16 + given) * 8 + translit]

    flags = wflag[tix]
    flag_code = np.where(flags != 0, (flags << 2) | wb, 0)
    em += tables.flags_len[flag_code * 36 + np.minimum(lens, 8)[tix] * 4 + wb]

    dc = dict_codes(cp, region)
    em += tables.dicts[(dc[0] * 16 + dc[1]) * 16 + dc[2]]

    word_rows = hash_find(tables.word_index, wkey.view(np.uint64)) + tables.word_offset
    em += np.repeat(tables.words[word_rows], lens, axis=0)
    return em
