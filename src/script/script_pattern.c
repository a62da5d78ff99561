/* script_pattern: Lua's patterns (string.find, match, gmatch, gsub) for the
 * sandbox, with the same results and errors as Lua 5.4's, and every step
 * of the matcher charged to the level's budget as it goes.
 *
 * Lua's own matcher runs in C where no hook can stop it, and backtracking
 * makes its cost hard to bound beforehand ("(a*)%1b" costs about n^3 steps
 * on n bytes of a). Counting the steps as they are taken prices a pattern
 * by what it really costs: an ordinary match costs what it reads, and one
 * that would run for minutes stops at the budget with the level's error.
 * A step is one byte compared, one byte of a character class looked at, or
 * one attempt to match at a position. */
#include "script_internal.h"

#include <ctype.h>
#include <string.h>

#define SCR_PM_DEPTH 200       /* nested matches, as Lua's MAXCCALLS */
#define SCR_PM_CAPTURES 32     /* as Lua's LUA_MAXCAPTURES */
#define SCR_PM_FLUSH 4096      /* steps between two charges to the budget */
#define SCR_PM_UNFINISHED (-1) /* a capture still open */
#define SCR_PM_POSITION (-2)   /* a () capture */
#define SCR_PM_SPECIALS "^$*+?.([%-"

typedef struct {
    lua_State *L;
    const char *src, *src_end; /* the subject */
    const char *pat_end;
    int depth_left;
    int level; /* captures, open or closed */
    struct {
        const char *at;
        ptrdiff_t len;
    } cap[SCR_PM_CAPTURES];
    uint64_t steps; /* not charged yet */
} scr_pm;

static void scr_pm_charge(scr_pm *m)
{
    uint64_t steps = m->steps;
    m->steps = 0;
    scr_charge(m->L, steps);
}

static void scr_pm_step(scr_pm *m, uint64_t n)
{
    m->steps += n;
    if (m->steps >= SCR_PM_FLUSH) scr_pm_charge(m);
}

static const char *scr_pm_match(scr_pm *m, const char *s, const char *p);

/* Where the single-character class at p ends (its suffix, if any, follows). */
static const char *scr_pm_class_end(scr_pm *m, const char *p)
{
    char c = *p++;
    if (c == '%') {
        if (p == m->pat_end) luaL_error(m->L, "malformed pattern (ends with '%%')");
        return p + 1;
    }
    if (c != '[') return p;
    if (*p == '^') p++;
    /* The first character is part of the set even when it is ']'. */
    do {
        if (p == m->pat_end) luaL_error(m->L, "malformed pattern (missing ']')");
        c = *p++;
        if (c == '%' && p < m->pat_end) p++;
    } while (*p != ']');
    return p + 1;
}

/* %a, %d, ... (upper case: the complement); any other letter is itself. */
static bool scr_pm_class(int c, int cl)
{
    bool in;
    switch (tolower(cl)) {
    case 'a': in = isalpha(c); break;
    case 'c': in = iscntrl(c); break;
    case 'd': in = isdigit(c); break;
    case 'g': in = isgraph(c); break;
    case 'l': in = islower(c); break;
    case 'p': in = ispunct(c); break;
    case 's': in = isspace(c); break;
    case 'u': in = isupper(c); break;
    case 'w': in = isalnum(c); break;
    case 'x': in = isxdigit(c); break;
    case 'z': in = c == 0; break; /* deprecated, still Lua's */
    default: return cl == c;
    }
    return islower(cl) ? in : !in;
}

/* A set [...] from p (its '[') to end (its ']'). */
static bool scr_pm_set(scr_pm *m, int c, const char *p, const char *end)
{
    scr_pm_step(m, (uint64_t)(end - p));
    bool yes = true;
    if (p[1] == '^') {
        yes = false;
        p++;
    }
    for (p++; p < end; p++) {
        if (*p == '%') {
            p++;
            if (scr_pm_class(c, (unsigned char)*p)) return yes;
        } else if (p[1] == '-' && p + 2 < end) {
            if ((unsigned char)p[0] <= c && c <= (unsigned char)p[2]) return yes;
            p += 2;
        } else if ((unsigned char)*p == c) {
            return yes;
        }
    }
    return !yes;
}

/* Does the character at s match the class from p to ep? */
static bool scr_pm_single(scr_pm *m, const char *s, const char *p, const char *ep)
{
    scr_pm_step(m, 1);
    if (s >= m->src_end) return false;
    int c = (unsigned char)*s;
    switch (*p) {
    case '.': return true;
    case '%': return scr_pm_class(c, (unsigned char)p[1]);
    case '[': return scr_pm_set(m, c, p, ep - 1);
    default: return (unsigned char)*p == c;
    }
}

/* %bxy: from an x at s to its balancing y. */
static const char *scr_pm_balance(scr_pm *m, const char *s, const char *p)
{
    if (p >= m->pat_end - 1) luaL_error(m->L, "malformed pattern (missing arguments to '%%b')");
    if (s >= m->src_end || *s != *p) return NULL;
    char open = p[0], close = p[1];
    int depth = 1;
    for (const char *q = s + 1; q < m->src_end; q++) {
        scr_pm_step(m, 1);
        if (*q == close) {
            if (--depth == 0) return q + 1;
        } else if (*q == open) {
            depth++;
        }
    }
    return NULL;
}

/* x* and x+: the longest run first, then shorter ones. */
static const char *scr_pm_longest(scr_pm *m, const char *s, const char *p, const char *ep)
{
    ptrdiff_t n = 0;
    while (scr_pm_single(m, s + n, p, ep)) n++;
    for (; n >= 0; n--) {
        const char *end = scr_pm_match(m, s + n, ep + 1);
        if (end) return end;
    }
    return NULL;
}

/* x-: the shortest run first, then longer ones. */
static const char *scr_pm_shortest(scr_pm *m, const char *s, const char *p, const char *ep)
{
    for (;;) {
        const char *end = scr_pm_match(m, s, ep + 1);
        if (end) return end;
        if (!scr_pm_single(m, s, p, ep)) return NULL;
        s++;
    }
}

static const char *scr_pm_open(scr_pm *m, const char *s, const char *p, ptrdiff_t what)
{
    if (m->level >= SCR_PM_CAPTURES) luaL_error(m->L, "too many captures");
    m->cap[m->level].at = s;
    m->cap[m->level].len = what;
    m->level++;
    const char *end = scr_pm_match(m, s, p);
    if (!end) m->level--;
    return end;
}

static const char *scr_pm_close(scr_pm *m, const char *s, const char *p)
{
    int l = m->level - 1;
    while (l >= 0 && m->cap[l].len != SCR_PM_UNFINISHED) l--;
    if (l < 0) luaL_error(m->L, "invalid pattern capture");
    m->cap[l].len = s - m->cap[l].at;
    const char *end = scr_pm_match(m, s, p);
    if (!end) m->cap[l].len = SCR_PM_UNFINISHED;
    return end;
}

/* %1..%9: the text a closed capture matched, again. */
static const char *scr_pm_again(scr_pm *m, const char *s, int digit)
{
    int l = digit - '1';
    if (l < 0 || l >= m->level || m->cap[l].len == SCR_PM_UNFINISHED)
        luaL_error(m->L, "invalid capture index %%%d", l + 1);
    size_t len = (size_t)m->cap[l].len;
    scr_pm_step(m, len + 1);
    if ((size_t)(m->src_end - s) >= len && memcmp(m->cap[l].at, s, len) == 0) return s + len;
    return NULL;
}

/* Matches pattern p at s: the end of the match, or NULL. Tail calls loop. */
static const char *scr_pm_match(scr_pm *m, const char *s, const char *p)
{
    if (m->depth_left-- == 0) luaL_error(m->L, "pattern too complex");
    scr_pm_step(m, 1);
    while (s && p != m->pat_end) {
        const char *ep;
        switch (*p) {
        case '(':
            s = p[1] == ')' ? scr_pm_open(m, s, p + 2, SCR_PM_POSITION)
                            : scr_pm_open(m, s, p + 1, SCR_PM_UNFINISHED);
            goto done;
        case ')':
            s = scr_pm_close(m, s, p + 1);
            goto done;
        case '$':
            if (p + 1 == m->pat_end) {
                s = s == m->src_end ? s : NULL;
                goto done;
            }
            break; /* a '$' inside the pattern is itself */
        case '%':
            if (p[1] == 'b') {
                s = scr_pm_balance(m, s, p + 2);
                p += 4;
                continue;
            }
            if (p[1] == 'f') {
                p += 2;
                if (*p != '[') luaL_error(m->L, "missing '[' after '%%f' in pattern");
                ep = scr_pm_class_end(m, p);
                int before = s == m->src ? 0 : (unsigned char)s[-1];
                int here = (unsigned char)*s; /* at the end, the string's '\0' */
                if (scr_pm_set(m, before, p, ep - 1) || !scr_pm_set(m, here, p, ep - 1))
                    s = NULL;
                p = ep;
                continue;
            }
            if (p[1] >= '0' && p[1] <= '9') {
                s = scr_pm_again(m, s, (unsigned char)p[1]);
                p += 2;
                continue;
            }
            break;
        default:
            break;
        }
        /* A single-character class and its suffix. */
        ep = scr_pm_class_end(m, p);
        if (!scr_pm_single(m, s, p, ep)) {
            if (*ep == '*' || *ep == '?' || *ep == '-') {
                p = ep + 1; /* may match nothing */
                continue;
            }
            s = NULL;
            goto done;
        }
        switch (*ep) {
        case '?': {
            const char *end = scr_pm_match(m, s + 1, ep + 1);
            if (end) {
                s = end;
                goto done;
            }
            p = ep + 1;
            continue;
        }
        case '+':
            s = scr_pm_longest(m, s + 1, p, ep);
            goto done;
        case '*':
            s = scr_pm_longest(m, s, p, ep);
            goto done;
        case '-':
            s = scr_pm_shortest(m, s, p, ep);
            goto done;
        default:
            s++;
            p = ep;
            continue;
        }
    }
done:
    m->depth_left++;
    return s;
}

/* --- results ------------------------------------------------------------------- */

/* Capture i as a string (its length) or a position (pushed; returns
 * SCR_PM_POSITION). With no captures, capture 0 is the whole match s..e. */
static ptrdiff_t scr_pm_capture(scr_pm *m, int i, const char *s, const char *e, const char **at)
{
    if (i >= m->level) {
        if (i != 0) luaL_error(m->L, "invalid capture index %%%d", i + 1);
        *at = s;
        return e - s;
    }
    ptrdiff_t len = m->cap[i].len;
    *at = m->cap[i].at;
    if (len == SCR_PM_UNFINISHED) luaL_error(m->L, "unfinished capture");
    if (len == SCR_PM_POSITION) lua_pushinteger(m->L, (m->cap[i].at - m->src) + 1);
    return len;
}

static void scr_pm_push_capture(scr_pm *m, int i, const char *s, const char *e)
{
    const char *at;
    ptrdiff_t len = scr_pm_capture(m, i, s, e, &at);
    if (len != SCR_PM_POSITION) lua_pushlstring(m->L, at, (size_t)len);
}

/* Pushes the captures (or the whole match when s is set and there are none). */
static int scr_pm_push_captures(scr_pm *m, const char *s, const char *e)
{
    int n = m->level == 0 && s ? 1 : m->level;
    luaL_checkstack(m->L, n, "too many captures");
    for (int i = 0; i < n; i++) scr_pm_push_capture(m, i, s, e);
    return n;
}

static void scr_pm_init(scr_pm *m, lua_State *L, const char *s, size_t ls, const char *p,
                        size_t lp)
{
    m->L = L;
    m->src = s;
    m->src_end = s + ls;
    m->pat_end = p + lp;
    m->depth_left = SCR_PM_DEPTH;
    m->level = 0;
    m->steps = 0;
}

/* Lua's start position: 1-based, negative from the end, clipped at 1. */
static size_t scr_pm_start(lua_Integer pos, size_t len)
{
    if (pos > 0) return (size_t)pos;
    if (pos == 0 || pos < -(lua_Integer)len) return 1;
    return len + (size_t)pos + 1;
}

static bool scr_pm_plain(const char *p, size_t lp)
{
    /* Embedded '\0's: look past each one. */
    for (size_t at = 0; at <= lp; at += strlen(p + at) + 1)
        if (strpbrk(p + at, SCR_PM_SPECIALS)) return false;
    return true;
}

/* A plain search, every byte compared charged. */
static const char *scr_pm_find_plain(scr_pm *m, const char *s, size_t ls, const char *p, size_t lp)
{
    if (lp == 0) return s;
    if (lp > ls) return NULL;
    const char *last = s + (ls - lp); /* the last place a match may start */
    for (const char *at = s; at <= last;) {
        const char *hit = memchr(at, *p, (size_t)(last - at) + 1);
        scr_pm_step(m, (uint64_t)((hit ? hit : last) - at) / 8 + 1);
        if (!hit) return NULL;
        scr_pm_step(m, lp);
        if (memcmp(hit + 1, p + 1, lp - 1) == 0) return hit;
        at = hit + 1;
    }
    return NULL;
}

static int scr_pm_find_aux(lua_State *L, bool find)
{
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    size_t init = scr_pm_start(luaL_optinteger(L, 3, 1), ls) - 1;
    if (init > ls) {
        luaL_pushfail(L);
        return 1;
    }
    scr_pm m;
    scr_pm_init(&m, L, s, ls, p, lp);
    if (find && (lua_toboolean(L, 4) || scr_pm_plain(p, lp))) {
        const char *at = scr_pm_find_plain(&m, s + init, ls - init, p, lp);
        scr_pm_charge(&m);
        if (at) {
            lua_pushinteger(L, (at - s) + 1);
            lua_pushinteger(L, (at - s) + (lua_Integer)lp);
            return 2;
        }
        luaL_pushfail(L);
        return 1;
    }
    bool anchor = *p == '^';
    if (anchor) p++, lp--;
    scr_pm_init(&m, L, s, ls, p, lp);
    const char *at = s + init;
    do {
        m.level = 0;
        const char *end = scr_pm_match(&m, at, p);
        if (end) {
            scr_pm_charge(&m);
            if (!find) return scr_pm_push_captures(&m, at, end);
            lua_pushinteger(L, (at - s) + 1);
            lua_pushinteger(L, end - s);
            return scr_pm_push_captures(&m, NULL, NULL) + 2;
        }
    } while (at++ < m.src_end && !anchor);
    scr_pm_charge(&m);
    luaL_pushfail(L);
    return 1;
}

int scr_str_find(lua_State *L)
{
    return scr_pm_find_aux(L, true);
}

int scr_str_match(lua_State *L)
{
    return scr_pm_find_aux(L, false);
}

/* --- gmatch ---------------------------------------------------------------------- */

typedef struct {
    const char *at;         /* where the next search starts */
    const char *p;
    const char *last_match; /* the end of the last match: no empty match there again */
    scr_pm m;
} scr_gmatch;

static int scr_gmatch_next(lua_State *L)
{
    scr_gmatch *g = lua_touserdata(L, lua_upvalueindex(3));
    g->m.L = L;
    g->m.depth_left = SCR_PM_DEPTH; /* an error may have left the last call deep */
    g->m.steps = 0;
    for (const char *at = g->at; at <= g->m.src_end; at++) {
        g->m.level = 0;
        const char *end = scr_pm_match(&g->m, at, g->p);
        if (end && end != g->last_match) {
            g->at = g->last_match = end;
            scr_pm_charge(&g->m);
            return scr_pm_push_captures(&g->m, at, end);
        }
    }
    g->at = g->m.src_end + 1; /* nothing more: later calls end at once */
    scr_pm_charge(&g->m);
    return 0;
}

int scr_str_gmatch(lua_State *L)
{
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    size_t init = scr_pm_start(luaL_optinteger(L, 3, 1), ls) - 1;
    lua_settop(L, 2); /* the strings live as upvalues of the iterator */
    scr_gmatch *g = lua_newuserdatauv(L, sizeof *g, 0);
    if (init > ls) init = ls + 1;
    scr_pm_init(&g->m, L, s, ls, p, lp);
    g->at = s + init;
    g->p = p;
    g->last_match = NULL;
    lua_pushcclosure(L, scr_gmatch_next, 3);
    return 1;
}

/* --- gsub ---------------------------------------------------------------------- */

/* The replacement string, with %0..%9 and %%. */
static void scr_gsub_string(scr_pm *m, luaL_Buffer *b, const char *s, const char *e)
{
    lua_State *L = m->L;
    size_t len;
    const char *r = lua_tolstring(L, 3, &len);
    scr_pm_step(m, len);
    const char *pct;
    while ((pct = memchr(r, '%', len)) != NULL) {
        luaL_addlstring(b, r, (size_t)(pct - r));
        char c = pct[1];
        if (c == '%') {
            luaL_addchar(b, '%');
        } else if (c == '0') {
            luaL_addlstring(b, s, (size_t)(e - s));
        } else if (c >= '1' && c <= '9') {
            const char *at;
            ptrdiff_t n = scr_pm_capture(m, c - '1', s, e, &at);
            if (n == SCR_PM_POSITION) luaL_addvalue(b);
            else luaL_addlstring(b, at, (size_t)n);
        } else {
            luaL_error(L, "invalid use of '%c' in replacement string", '%');
        }
        len -= (size_t)(pct + 2 - r);
        r = pct + 2;
    }
    luaL_addlstring(b, r, len);
}

/* Adds the replacement of the match s..e; true when the text changed. */
static bool scr_gsub_value(scr_pm *m, luaL_Buffer *b, const char *s, const char *e, int kind)
{
    lua_State *L = m->L;
    if (kind == LUA_TFUNCTION) {
        lua_pushvalue(L, 3);
        int n = scr_pm_push_captures(m, s, e);
        lua_call(L, n, 1);
    } else if (kind == LUA_TTABLE) {
        scr_pm_push_capture(m, 0, s, e);
        lua_gettable(L, 3);
    } else {
        scr_gsub_string(m, b, s, e);
        return true;
    }
    if (!lua_toboolean(L, -1)) { /* nil or false: the match stays as it was */
        lua_pop(L, 1);
        luaL_addlstring(b, s, (size_t)(e - s));
        return false;
    }
    if (!lua_isstring(L, -1))
        luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    luaL_addvalue(b);
    return true;
}

int scr_str_gsub(lua_State *L)
{
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    int kind = lua_type(L, 3);
    lua_Integer max = luaL_optinteger(L, 4, (lua_Integer)ls + 1);
    luaL_argexpected(L, kind == LUA_TNUMBER || kind == LUA_TSTRING || kind == LUA_TFUNCTION ||
                            kind == LUA_TTABLE,
                     3, "string/function/table");
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    bool anchor = *p == '^';
    if (anchor) p++, lp--;
    scr_pm m;
    scr_pm_init(&m, L, s, ls, p, lp);
    const char *at = s, *last_match = NULL;
    lua_Integer n = 0;
    bool changed = false;
    while (n < max) {
        m.level = 0;
        const char *end = scr_pm_match(&m, at, p);
        if (end && end != last_match) {
            n++;
            changed = scr_gsub_value(&m, &b, at, end, kind) || changed;
            at = last_match = end;
        } else if (at < m.src_end) {
            luaL_addchar(&b, *at++);
        } else {
            break;
        }
        if (anchor) break;
    }
    scr_pm_charge(&m);
    if (!changed) {
        lua_pushvalue(L, 1);
    } else {
        luaL_addlstring(&b, at, (size_t)(m.src_end - at));
        luaL_pushresult(&b);
    }
    lua_pushinteger(L, n);
    return 2;
}
