/* save_format: the save's text, printed and parsed in memory. No files, no
 * clock, no allocation: sav_parse takes untrusted bytes (fuzzed by
 * tests/fuzz/fuzz_save.c) and sav_format prints exactly what sav_parse reads
 * back. The format itself is described in save.h; the files in save_file.c. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* strnlen */
#endif

#include "save_internal.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#define SAV_LINE_MAX 200

/* ---- small helpers ---- */

void sav_set(char *buf, size_t size, const char *fmt, ...)
{
    if (!buf || size == 0) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, size, fmt, ap);
    va_end(ap);
}

/* An id: 1..max printable ASCII characters, no spaces. */
static bool sav_valid_id(const char *s, size_t max)
{
    size_t n = strnlen(s, max + 1);
    if (n == 0 || n > max) return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= 0x20 || c >= 0x7f) return false;
    }
    return true;
}

/* A key or button name: 1..SAV_ID_MAX bytes, no control characters (UTF-8
 * passes through unchecked), spaces only inside. */
static bool sav_valid_key(const char *s)
{
    size_t n = strnlen(s, SAV_ID_MAX + 1);
    if (n == 0 || n > SAV_ID_MAX || s[0] == ' ' || s[n - 1] == ' ') return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7f) return false;
    }
    return true;
}

static const char *const sav_text_sizes[] = {"small", "normal", "large"};
static const char *const sav_level_states[] = {"not-started", "completed"};

/* ---- defaults ---- */

void sav_defaults(sav_progress *p)
{
    memset(p, 0, sizeof *p);
    p->version = SAV_FORMAT_VERSION;
    sav_default_settings(&p->settings);
}

void sav_default_settings(sav_settings *s)
{
    memset(s, 0, sizeof *s);
    s->master_volume = 80;
    s->music_volume = 70;
    s->effects_volume = 80;
    s->text_size = SAV_TEXT_NORMAL;
    /* The engine's default bindings (input.c), by SDL scancode and
     * game-controller button names. */
    static const char *const keys[][2] = {
        {"up", "Up"},           {"up", "W"},         {"down", "Down"},
        {"down", "S"},          {"left", "Left"},    {"left", "A"},
        {"right", "Right"},     {"right", "D"},      {"confirm", "Return"},
        {"confirm", "Space"},   {"confirm", "Keypad Enter"},
        {"confirm", "E"},       {"cancel", "Escape"}, {"cancel", "Backspace"},
        {"cancel", "Q"},        {"menu", "Tab"},     {"menu", "P"},
        {"hint", "H"},
    };
    static const char *const pad[][2] = {
        {"up", "dpup"}, {"down", "dpdown"}, {"left", "dpleft"}, {"right", "dpright"},
        {"confirm", "a"}, {"cancel", "b"}, {"menu", "start"}, {"menu", "back"},
        {"hint", "y"},
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        snprintf(s->keys[i].action, sizeof s->keys[i].action, "%s", keys[i][0]);
        snprintf(s->keys[i].key, sizeof s->keys[i].key, "%s", keys[i][1]);
    }
    s->key_count = (int)(sizeof keys / sizeof keys[0]);
    for (size_t i = 0; i < sizeof pad / sizeof pad[0]; i++) {
        snprintf(s->pad[i].action, sizeof s->pad[i].action, "%s", pad[i][0]);
        snprintf(s->pad[i].key, sizeof s->pad[i].key, "%s", pad[i][1]);
    }
    s->pad_count = (int)(sizeof pad / sizeof pad[0]);
}

/* ---- validation of what the game asks to store ---- */

static bool sav_check_bindings(const sav_binding *b, int count, const char *what, char *err,
                               size_t err_size)
{
    if (count < 0 || count > SAV_MAX_BINDINGS) {
        sav_set(err, err_size, "%d %s bindings (at most %d)", count, what, SAV_MAX_BINDINGS);
        return false;
    }
    for (int i = 0; i < count; i++) {
        if (!sav_valid_id(b[i].action, SAV_ID_MAX)) {
            sav_set(err, err_size, "%s binding %d: bad action name", what, i + 1);
            return false;
        }
        if (!sav_valid_key(b[i].key)) {
            sav_set(err, err_size, "%s binding %d (%s): bad key name", what, i + 1, b[i].action);
            return false;
        }
    }
    return true;
}

static bool sav_check(const sav_progress *p, char *err, size_t err_size)
{
    if (p->generation > SAV_GENERATION_MAX || p->xp > SAV_COUNT_MAX || p->rank < 0 ||
        p->rank > SAV_RANK_MAX) {
        sav_set(err, err_size, "generation, xp or rank out of range");
        return false;
    }
    if (p->skill_count < 0 || p->skill_count > SAV_MAX_SKILLS || p->level_count < 0 ||
        p->level_count > SAV_MAX_LEVELS) {
        sav_set(err, err_size, "too many skills or levels");
        return false;
    }
    for (int i = 0; i < p->skill_count; i++) {
        const sav_skill *k = &p->skills[i];
        if (!sav_valid_id(k->id, SAV_ID_MAX)) {
            sav_set(err, err_size, "skill %d: bad id (1..%d printable characters, no spaces)",
                    i + 1, SAV_ID_MAX);
            return false;
        }
        if (k->right_in[0] && !sav_valid_id(k->right_in, SAV_LEVEL_ID_MAX)) {
            sav_set(err, err_size, "skill '%s': bad level id", k->id);
            return false;
        }
        if (strcmp(k->right_in, "-") == 0) {
            sav_set(err, err_size, "skill '%s': '-' is not a level id", k->id);
            return false;
        }
        if (k->box < 0 || k->box > SAV_BOX_MAX || k->due_day < 0 || k->due_day > SAV_DAY_MAX ||
            k->last_day < -1 || k->last_day > SAV_DAY_MAX || k->right > SAV_COUNT_MAX ||
            k->wrong > SAV_COUNT_MAX) {
            sav_set(err, err_size, "skill '%s': review state out of range", k->id);
            return false;
        }
        if (k->due_right_minute < 0 || k->due_right_minute > SAV_MINUTE_MAX ||
            (k->due_right_item[0] && !sav_valid_id(k->due_right_item, SAV_ITEM_MAX)) ||
            (k->last_item[0] && !sav_valid_id(k->last_item, SAV_ITEM_MAX)) ||
            !strcmp(k->due_right_item, "-") || !strcmp(k->last_item, "-")) {
            sav_set(err, err_size, "skill '%s': review items out of range", k->id);
            return false;
        }
        for (int j = 0; j < i; j++)
            if (strcmp(p->skills[j].id, k->id) == 0) {
                sav_set(err, err_size, "skill '%s' listed twice", k->id);
                return false;
            }
    }
    if (p->kept_count < 0 || p->kept_count > SAV_MAX_KEPT) {
        sav_set(err, err_size, "too many kept values");
        return false;
    }
    for (int i = 0; i < p->kept_count; i++) {
        const sav_kept *k = &p->kept[i];
        if (!sav_valid_id(k->quest, SAV_ID_MAX) || !sav_valid_id(k->key, SAV_ID_MAX)) {
            sav_set(err, err_size, "kept value %d: bad quest or key", i + 1);
            return false;
        }
        for (const char *c = k->value; *c; c++)
            if ((unsigned char)*c < 0x20 || *c == 0x7f) {
                sav_set(err, err_size, "kept value '%s': a control character", k->key);
                return false;
            }
    }
    for (int i = 0; i < p->level_count; i++) {
        const sav_level *l = &p->levels[i];
        if (!sav_valid_id(l->id, SAV_LEVEL_ID_MAX)) {
            sav_set(err, err_size, "level %d: bad id (1..%d printable characters, no spaces)",
                    i + 1, SAV_LEVEL_ID_MAX);
            return false;
        }
        if ((l->state != SAV_LEVEL_NOT_STARTED && l->state != SAV_LEVEL_COMPLETED) ||
            l->best_score < 0 || l->best_score > 100 || l->won_day < -1 || l->won_day > SAV_DAY_MAX) {
            sav_set(err, err_size, "level '%s': state or score out of range", l->id);
            return false;
        }
        for (int j = 0; j < i; j++)
            if (strcmp(p->levels[j].id, l->id) == 0) {
                sav_set(err, err_size, "level '%s' listed twice", l->id);
                return false;
            }
    }
    const sav_settings *s = &p->settings;
    if (s->master_volume < 0 || s->master_volume > 100 || s->music_volume < 0 ||
        s->music_volume > 100 || s->effects_volume < 0 || s->effects_volume > 100 ||
        (int)s->text_size < 0 || (int)s->text_size > SAV_TEXT_LARGE) {
        sav_set(err, err_size, "a setting is out of range");
        return false;
    }
    return sav_check_bindings(s->keys, s->key_count, "key", err, err_size) &&
           sav_check_bindings(s->pad, s->pad_count, "gamepad", err, err_size);
}

/* ---- writing the text ---- */

typedef struct {
    char *buf;
    size_t size, len;
    bool overflow;
} sav_out;

static void sav_put(sav_out *o, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void sav_put(sav_out *o, const char *fmt, ...)
{
    if (o->overflow) return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(o->buf + o->len, o->size - o->len, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= o->size - o->len) {
        o->overflow = true;
        return;
    }
    o->len += (size_t)n;
}

size_t sav_format(const sav_progress *p, int64_t saved_at, char *buf, size_t size, char *err,
                  size_t err_size)
{
    if (!p || !buf || size == 0) {
        sav_set(err, err_size, "no progress or no buffer");
        return 0;
    }
    if (!sav_check(p, err, err_size)) return 0;
    if (saved_at < 0) saved_at = 0;
    if (saved_at > SAV_TIME_MAX) saved_at = SAV_TIME_MAX;
    sav_out o = {buf, size, 0, false};
    const sav_settings *s = &p->settings;
    sav_put(&o, "%s%d\n", SAV_MAGIC, SAV_FORMAT_VERSION);
    sav_put(&o, "generation %" PRIu64 "\n", p->generation);
    sav_put(&o, "saved %" PRId64 "\n", saved_at);
    sav_put(&o, "xp %" PRIu32 "\n", p->xp);
    sav_put(&o, "rank %d\n", p->rank);
    sav_put(&o, "volume-master %d\n", s->master_volume);
    sav_put(&o, "volume-music %d\n", s->music_volume);
    sav_put(&o, "volume-effects %d\n", s->effects_volume);
    sav_put(&o, "fullscreen %d\n", s->fullscreen ? 1 : 0);
    sav_put(&o, "text-size %s\n", sav_text_sizes[s->text_size]);
    sav_put(&o, "reduced-motion %d\n", s->reduced_motion ? 1 : 0);
    for (int i = 0; i < p->skill_count; i++) {
        const sav_skill *k = &p->skills[i];
        sav_put(&o, "skill %s %d %d %d %" PRId32 " %" PRId32 " %" PRIu32 " %" PRIu32 " %s %d %" PRId64
                    " %s %s\n",
                k->id, k->held ? 1 : 0, k->mastered ? 1 : 0, k->box, k->due_day, k->last_day,
                k->right, k->wrong, k->right_in[0] ? k->right_in : "-", k->taught ? 1 : 0,
                k->due_right_minute, k->due_right_item[0] ? k->due_right_item : "-",
                k->last_item[0] ? k->last_item : "-");
    }
    for (int i = 0; i < p->kept_count; i++) {
        /* Spaces and '%' in a value are written as %20 and %25: one word. */
        char value[3 * SAV_KEPT_VALUE_MAX + 1];
        size_t n = 0;
        for (const char *c = p->kept[i].value; *c && n + 4 < sizeof value; c++)
            n += *c == ' ' || *c == '%' ? (size_t)snprintf(value + n, sizeof value - n, "%%%02X", *c)
                                        : (value[n] = *c, 1);
        value[n] = '\0';
        sav_put(&o, "kept %s %s %s\n", p->kept[i].quest, p->kept[i].key, n ? value : "%");
    }
    for (int i = 0; i < p->level_count; i++)
        sav_put(&o, "level %s %s %d %" PRId32 "\n", p->levels[i].id,
                sav_level_states[p->levels[i].state], p->levels[i].best_score, p->levels[i].won_day);
    for (int i = 0; i < s->key_count; i++)
        sav_put(&o, "key %s %s\n", s->keys[i].action, s->keys[i].key);
    for (int i = 0; i < s->pad_count; i++)
        sav_put(&o, "pad %s %s\n", s->pad[i].action, s->pad[i].key);
    if (!o.overflow) {
        unsigned long crc = crc32(0L, (const Bytef *)buf, (uInt)o.len);
        sav_put(&o, "end %08lx\n", crc);
    }
    if (o.overflow) {
        sav_set(err, err_size, "the save does not fit in %zu bytes", size);
        buf[0] = '\0';
        return 0;
    }
    return o.len;
}

/* ---- reading the text ---- */

/* Digits only, no sign, no leading zeros, at most max. */
static bool sav_parse_u64(const char *s, uint64_t max, uint64_t *out)
{
    if (!*s || (s[0] == '0' && s[1])) return false;
    uint64_t v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9') return false;
        uint64_t d = (uint64_t)(*s - '0');
        if (d > max || v > (max - d) / 10) return false;
        v = v * 10 + d;
    }
    *out = v;
    return true;
}

static bool sav_parse_int(const char *s, int64_t min, int64_t max, int64_t *out)
{
    uint64_t v;
    if (s[0] == '-') {
        if (min >= 0 || !sav_parse_u64(s + 1, (uint64_t)(-min), &v) || v == 0) return false;
        *out = -(int64_t)v;
        return true;
    }
    if (max < 0 || !sav_parse_u64(s, (uint64_t)max, &v) || (int64_t)v < min) return false;
    *out = (int64_t)v;
    return true;
}

static bool sav_parse_bool(const char *s, bool *out)
{
    if ((s[0] != '0' && s[0] != '1') || s[1]) return false;
    *out = s[0] == '1';
    return true;
}

static int sav_parse_name(const char *s, const char *const *names, int count)
{
    for (int i = 0; i < count; i++)
        if (strcmp(s, names[i]) == 0) return i;
    return -1;
}

/* Splits a line in place at single spaces into at most max words; with
 * rest_last the last word is the rest of the line. Returns the count, -1 on an
 * empty word (double, leading or trailing space), max + 1 when there are more. */
static int sav_split(char *line, char **w, int max, bool rest_last)
{
    int n = 0;
    char *s = line;
    for (;;) {
        if (n == max) return max + 1;
        if (*s == '\0' || *s == ' ') return -1;
        w[n++] = s;
        if (rest_last && n == max) return n;
        char *sp = strchr(s, ' ');
        if (!sp) return n;
        *sp = '\0';
        s = sp + 1;
    }
}

enum {
    SEEN_GENERATION = 1 << 0,
    SEEN_SAVED = 1 << 1,
    SEEN_XP = 1 << 2,
    SEEN_RANK = 1 << 3,
    SEEN_MASTER = 1 << 4,
    SEEN_MUSIC = 1 << 5,
    SEEN_EFFECTS = 1 << 6,
    SEEN_FULLSCREEN = 1 << 7,
    SEEN_TEXT_SIZE = 1 << 8,
    SEEN_REDUCED_MOTION = 1 << 9,
    SEEN_ALL = (1 << 10) - 1,
};

/* One body line of format 1, 2 or 3. Returns false with err set. */
static bool sav_parse_line(char *line, sav_progress *p, unsigned *seen, char *err, size_t err_size)
{
    int skill_words = p->version >= 3 ? 14 : p->version >= 2 ? 10 : 9;
    static const struct {
        const char *key;
        unsigned bit;
    } scalars[] = {
        {"generation", SEEN_GENERATION}, {"saved", SEEN_SAVED},
        {"xp", SEEN_XP},                 {"rank", SEEN_RANK},
        {"volume-master", SEEN_MASTER},  {"volume-music", SEEN_MUSIC},
        {"volume-effects", SEEN_EFFECTS}, {"fullscreen", SEEN_FULLSCREEN},
        {"text-size", SEEN_TEXT_SIZE},   {"reduced-motion", SEEN_REDUCED_MOTION},
    };
    char *w[14];
    bool binding = strncmp(line, "key ", 4) == 0 || strncmp(line, "pad ", 4) == 0;
    int n = sav_split(line, w, binding ? 3 : 14, binding);
    if (n < 0) {
        sav_set(err, err_size, "stray space");
        return false;
    }
    const char *key = w[0];
    int64_t v = 0;

    for (size_t i = 0; i < sizeof scalars / sizeof scalars[0]; i++) {
        if (strcmp(key, scalars[i].key) != 0) continue;
        if (n != 2) {
            sav_set(err, err_size, "'%s' takes one value", key);
            return false;
        }
        if (*seen & scalars[i].bit) {
            sav_set(err, err_size, "'%s' appears twice", key);
            return false;
        }
        *seen |= scalars[i].bit;
        const char *val = w[1];
        bool ok = true;
        sav_settings *s = &p->settings;
        uint64_t u = 0;
        switch (scalars[i].bit) {
        case SEEN_GENERATION:
            ok = sav_parse_u64(val, SAV_GENERATION_MAX, &u);
            p->generation = u;
            break;
        case SEEN_SAVED:
            ok = sav_parse_int(val, 0, SAV_TIME_MAX, &v);
            p->saved_at = v;
            break;
        case SEEN_XP:
            ok = sav_parse_int(val, 0, SAV_COUNT_MAX, &v);
            p->xp = (uint32_t)v;
            break;
        case SEEN_RANK:
            ok = sav_parse_int(val, 0, SAV_RANK_MAX, &v);
            p->rank = (int)v;
            break;
        case SEEN_MASTER:
        case SEEN_MUSIC:
        case SEEN_EFFECTS:
            ok = sav_parse_int(val, 0, 100, &v);
            if (scalars[i].bit == SEEN_MASTER) s->master_volume = (int)v;
            if (scalars[i].bit == SEEN_MUSIC) s->music_volume = (int)v;
            if (scalars[i].bit == SEEN_EFFECTS) s->effects_volume = (int)v;
            break;
        case SEEN_FULLSCREEN:
            ok = sav_parse_bool(val, &s->fullscreen);
            break;
        case SEEN_REDUCED_MOTION:
            ok = sav_parse_bool(val, &s->reduced_motion);
            break;
        case SEEN_TEXT_SIZE: {
            int t = sav_parse_name(val, sav_text_sizes, 3);
            ok = t >= 0;
            if (ok) s->text_size = (sav_text_size)t;
            break;
        }
        default:
            ok = false;
        }
        if (!ok) {
            sav_set(err, err_size, "bad value for '%s'", key);
            return false;
        }
        return true;
    }

    if (strcmp(key, "skill") == 0) {
        if (n != skill_words) {
            sav_set(err, err_size, "a skill line has %d fields", skill_words - 1);
            return false;
        }
        if (p->skill_count >= SAV_MAX_SKILLS) {
            sav_set(err, err_size, "more than %d skills", SAV_MAX_SKILLS);
            return false;
        }
        if (!sav_valid_id(w[1], SAV_ID_MAX)) {
            sav_set(err, err_size, "bad skill id");
            return false;
        }
        for (int j = 0; j < p->skill_count; j++)
            if (strcmp(p->skills[j].id, w[1]) == 0) {
                sav_set(err, err_size, "skill '%s' listed twice", w[1]);
                return false;
            }
        sav_skill *k = &p->skills[p->skill_count];
        memset(k, 0, sizeof *k);
        memcpy(k->id, w[1], strlen(w[1]) + 1);
        int64_t box, due, last, right, wrong;
        if (!sav_parse_bool(w[2], &k->held) || !sav_parse_bool(w[3], &k->mastered) ||
            !sav_parse_int(w[4], 0, SAV_BOX_MAX, &box) ||
            !sav_parse_int(w[5], 0, SAV_DAY_MAX, &due) ||
            !sav_parse_int(w[6], -1, SAV_DAY_MAX, &last) ||
            !sav_parse_int(w[7], 0, SAV_COUNT_MAX, &right) ||
            !sav_parse_int(w[8], 0, SAV_COUNT_MAX, &wrong)) {
            sav_set(err, err_size, "skill '%s': a value is out of range", k->id);
            return false;
        }
        k->box = (int)box;
        k->due_day = (int32_t)due;
        k->last_day = (int32_t)last;
        k->right = (uint32_t)right;
        k->wrong = (uint32_t)wrong;
        if (skill_words >= 10 && strcmp(w[9], "-") != 0) {
            if (!sav_valid_id(w[9], SAV_LEVEL_ID_MAX)) {
                sav_set(err, err_size, "skill '%s': bad level id", k->id);
                return false;
            }
            memcpy(k->right_in, w[9], strlen(w[9]) + 1);
        }
        /* Before format 3 a skill held was a skill taught; no due review
         * counted towards mastery yet. */
        k->taught = k->held;
        k->due_right_minute = 0;
        if (skill_words == 14) {
            int64_t minute;
            if (!sav_parse_bool(w[10], &k->taught) ||
                !sav_parse_int(w[11], 0, SAV_MINUTE_MAX, &minute) ||
                (strcmp(w[12], "-") && !sav_valid_id(w[12], SAV_ITEM_MAX)) ||
                (strcmp(w[13], "-") && !sav_valid_id(w[13], SAV_ITEM_MAX))) {
                sav_set(err, err_size, "skill '%s': bad review items", k->id);
                return false;
            }
            k->due_right_minute = minute;
            if (strcmp(w[12], "-")) memcpy(k->due_right_item, w[12], strlen(w[12]) + 1);
            if (strcmp(w[13], "-")) memcpy(k->last_item, w[13], strlen(w[13]) + 1);
        }
        p->skill_count++;
        return true;
    }

    if (strcmp(key, "kept") == 0 && p->version >= 3) {
        if (n != 4 || !sav_valid_id(w[1], SAV_ID_MAX) || !sav_valid_id(w[2], SAV_ID_MAX)) {
            sav_set(err, err_size, "a kept line is: kept QUEST KEY VALUE");
            return false;
        }
        if (p->kept_count >= SAV_MAX_KEPT) {
            sav_set(err, err_size, "more than %d kept values", SAV_MAX_KEPT);
            return false;
        }
        sav_kept *k = &p->kept[p->kept_count];
        memset(k, 0, sizeof *k);
        memcpy(k->quest, w[1], strlen(w[1]) + 1);
        memcpy(k->key, w[2], strlen(w[2]) + 1);
        size_t len = 0;
        if (strcmp(w[3], "%") != 0)
            for (const char *c = w[3]; *c; c++) {
                char ch = *c;
                if (ch == '%') {
                    /* Only the two escapes the writer makes: %20 and %25. */
                    if (c[1] != '2' || (c[2] != '0' && c[2] != '5')) {
                        sav_set(err, err_size, "kept value '%s': bad escape", k->key);
                        return false;
                    }
                    ch = c[2] == '0' ? ' ' : '%';
                    c += 2;
                }
                if (len == SAV_KEPT_VALUE_MAX || (unsigned char)ch < 0x20) {
                    sav_set(err, err_size, "kept value '%s': too long or a control character", k->key);
                    return false;
                }
                k->value[len++] = ch;
            }
        k->value[len] = '\0';
        for (int j = 0; j < p->kept_count; j++)
            if (!strcmp(p->kept[j].quest, k->quest) && !strcmp(p->kept[j].key, k->key)) {
                sav_set(err, err_size, "kept value '%s %s' listed twice", k->quest, k->key);
                return false;
            }
        p->kept_count++;
        return true;
    }

    if (strcmp(key, "level") == 0) {
        int level_words = p->version >= 3 ? 5 : 4;
        if (n != level_words) {
            sav_set(err, err_size, "a level line has %d fields", level_words - 1);
            return false;
        }
        if (p->level_count >= SAV_MAX_LEVELS) {
            sav_set(err, err_size, "more than %d levels", SAV_MAX_LEVELS);
            return false;
        }
        if (!sav_valid_id(w[1], SAV_LEVEL_ID_MAX)) {
            sav_set(err, err_size, "bad level id");
            return false;
        }
        for (int j = 0; j < p->level_count; j++)
            if (strcmp(p->levels[j].id, w[1]) == 0) {
                sav_set(err, err_size, "level '%s' listed twice", w[1]);
                return false;
            }
        sav_level *l = &p->levels[p->level_count];
        memset(l, 0, sizeof *l);
        memcpy(l->id, w[1], strlen(w[1]) + 1);
        int state = sav_parse_name(w[2], sav_level_states, 2);
        if (state < 0 || !sav_parse_int(w[3], 0, 100, &v)) {
            sav_set(err, err_size, "level '%s': bad state or score", l->id);
            return false;
        }
        l->state = (sav_level_state)state;
        l->best_score = (int)v;
        l->won_day = -1;
        if (level_words == 5) {
            if (!sav_parse_int(w[4], -1, SAV_DAY_MAX, &v)) {
                sav_set(err, err_size, "level '%s': bad day won", l->id);
                return false;
            }
            l->won_day = (int32_t)v;
        }
        p->level_count++;
        return true;
    }

    if (binding) {
        bool pad = key[0] == 'p';
        sav_settings *s = &p->settings;
        int *count = pad ? &s->pad_count : &s->key_count;
        sav_binding *b = pad ? s->pad : s->keys;
        if (n != 3 || !sav_valid_id(w[1], SAV_ID_MAX) || !sav_valid_key(w[2])) {
            sav_set(err, err_size, "bad %s binding", pad ? "gamepad" : "key");
            return false;
        }
        if (*count >= SAV_MAX_BINDINGS) {
            sav_set(err, err_size, "more than %d %s bindings", SAV_MAX_BINDINGS, key);
            return false;
        }
        memcpy(b[*count].action, w[1], strlen(w[1]) + 1);
        memcpy(b[*count].key, w[2], strlen(w[2]) + 1);
        (*count)++;
        return true;
    }

    sav_set(err, err_size, "unknown key '%.40s'", key);
    return false;
}

static bool sav_lower_hex8(const char *s, unsigned long *out)
{
    unsigned long v = 0;
    for (int i = 0; i < 8; i++) {
        char c = s[i];
        unsigned d;
        if (c >= '0' && c <= '9')
            d = (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            d = (unsigned)(c - 'a' + 10);
        else
            return false;
        v = v << 4 | d;
    }
    *out = v;
    return true;
}

sav_file_status sav_parse(const char *text, size_t len, sav_progress *out, char *err,
                          size_t err_size)
{
    sav_defaults(out);
    out->settings.key_count = 0; /* the file lists every binding */
    out->settings.pad_count = 0;
    sav_set(err, err_size, "%s", "");
    size_t magic_len = strlen(SAV_MAGIC);
    if (len == 0) {
        sav_set(err, err_size, "the file is empty");
        return SAV_FILE_DAMAGED;
    }
    if (len > SAV_MAX_FILE_BYTES) {
        sav_set(err, err_size, "the file is too large (%zu bytes)", len);
        return SAV_FILE_DAMAGED;
    }
    if (len < magic_len || memcmp(text, SAV_MAGIC, magic_len) != 0) {
        sav_set(err, err_size, "not a SkillQuest save (no 'skillquest-save' line)");
        return SAV_FILE_DAMAGED;
    }

    /* The frame: the last line is exactly "end " + 8 lowercase hex digits,
     * the CRC-32 of every byte before it. A file cut anywhere fails this. */
    if (text[len - 1] != '\n') {
        sav_set(err, err_size, "truncated: the last line is incomplete");
        return SAV_FILE_DAMAGED;
    }
    size_t last = len - 1;
    while (last > 0 && text[last - 1] != '\n') last--;
    unsigned long stored = 0;
    if (last == 0 || len - last != 13 || memcmp(text + last, "end ", 4) != 0 ||
        !sav_lower_hex8(text + last + 4, &stored)) {
        sav_set(err, err_size, "truncated: the 'end' line is missing");
        return SAV_FILE_DAMAGED;
    }
    unsigned long crc = crc32(0L, (const Bytef *)text, (uInt)last);
    if (crc != stored) {
        sav_set(err, err_size, "checksum mismatch: the file was cut short or altered");
        return SAV_FILE_DAMAGED;
    }

    /* The version. */
    const char *nl = memchr(text, '\n', last);
    char vbuf[16];
    size_t vlen = (size_t)(nl - text) - magic_len;
    uint64_t version = 0;
    if (vlen == 0 || vlen >= sizeof vbuf) {
        sav_set(err, err_size, "line 1: bad version");
        return SAV_FILE_DAMAGED;
    }
    memcpy(vbuf, text + magic_len, vlen);
    vbuf[vlen] = '\0';
    if (!sav_parse_u64(vbuf, 999999999, &version) || version == 0) {
        sav_set(err, err_size, "line 1: bad version");
        return SAV_FILE_DAMAGED;
    }
    if (version > SAV_FORMAT_VERSION) {
        out->version = (int)version;
        sav_set(err, err_size,
                "made by a newer SkillQuest (save format %d; this version reads up to %d)",
                (int)version, SAV_FORMAT_VERSION);
        return SAV_FILE_FUTURE;
    }
    /* Format 1 differs only in the skill lines (no level of the last right
     * answer): read as "none yet", which asks for a later day to master. */
    out->version = (int)version;

    /* The body, one line at a time, between line 1 and the end line. */
    unsigned seen = 0;
    int lineno = 1;
    const char *pos = nl + 1;
    const char *body_end = text + last;
    while (pos < body_end) {
        lineno++;
        const char *eol = memchr(pos, '\n', (size_t)(body_end - pos));
        size_t n = (size_t)(eol - pos); /* eol exists: body_end follows a '\n' */
        char line[SAV_LINE_MAX + 1];
        if (n > SAV_LINE_MAX) {
            sav_set(err, err_size, "line %d: too long", lineno);
            return SAV_FILE_DAMAGED;
        }
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)pos[i];
            if (c < 0x20 || c == 0x7f) {
                sav_set(err, err_size, "line %d: control character", lineno);
                return SAV_FILE_DAMAGED;
            }
        }
        memcpy(line, pos, n);
        line[n] = '\0';
        char why[160];
        if (!sav_parse_line(line, out, &seen, why, sizeof why)) {
            sav_set(err, err_size, "line %d: %s", lineno, why);
            return SAV_FILE_DAMAGED;
        }
        pos = eol + 1;
    }
    if (seen != SEEN_ALL) {
        sav_set(err, err_size, "a required line is missing");
        return SAV_FILE_DAMAGED;
    }
    return SAV_FILE_GOOD;
}
