/* record: reading and writing play sessions (record.h, docs/replays.md). */
#define _POSIX_C_SOURCE 200809L
#include "record.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define REC_LINE_MAX 4200
#define REC_SAVE_MAX (1u << 20)

/* --- reading ------------------------------------------------------------- */

static bool rec_fail(char *err, size_t size, int line, const char *what)
{
    snprintf(err, size, "%d: %s", line, what);
    return false;
}

static bool rec_add(rec_session *s, int *cap, const rec_line *l)
{
    if (s->count == *cap) {
        int grown_cap = *cap ? *cap * 2 : 64;
        rec_line *grown = realloc(s->lines, sizeof *grown * (size_t)grown_cap);
        if (!grown) return false;
        s->lines = grown;
        *cap = grown_cap;
    }
    s->lines[s->count++] = *l;
    return true;
}

static bool rec_hex(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 16);
    if (end == s || *end || errno) return false;
    *out = v;
    return true;
}

static bool rec_int(const char *s, long long lo, long long hi, long long *out)
{
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (end == s || *end || errno || v < lo || v > hi) return false;
    *out = v;
    return true;
}

/* Splits s into at most max words at spaces; the last one keeps the rest. */
static int rec_words(char *s, char **words, int max)
{
    int n = 0;
    while (*s && n < max) {
        while (*s == ' ' || *s == '\t') s++;
        if (!*s) break;
        words[n++] = s;
        if (n == max) break;
        while (*s && *s != ' ' && *s != '\t') s++;
        if (*s) *s++ = '\0';
    }
    return n;
}

static bool rec_action(const char *name, uint8_t *out)
{
    in_action a = in_action_from_name(name);
    if (a == IN_ACTION_COUNT) return false;
    *out = (uint8_t)a;
    return true;
}

/* One event line: "TICK what ...". */
static bool rec_parse_event(rec_session *s, int *cap, char *text, int line_no, uint32_t *last,
                            char *err, size_t err_size)
{
    char raw[REC_LINE_MAX];
    snprintf(raw, sizeof raw, "%s", text);
    char *w[6] = {NULL};
    int n = rec_words(text, w, 6);
    long long tick;
    if (!rec_int(w[0], 0, 100000000, &tick))
        return rec_fail(err, err_size, line_no, "expected a tick number first");
    if ((uint32_t)tick < *last) return rec_fail(err, err_size, line_no, "ticks must not go backwards");
    *last = (uint32_t)tick;
    if (n < 2) return rec_fail(err, err_size, line_no, "expected an action or an event after the tick");
    rec_line l;
    memset(&l, 0, sizeof l);
    l.tick = (uint32_t)tick;
    const char *what = w[1];
    long long a, b;
    if (strcmp(what, "click") == 0) {
        if (n != 4 || !rec_int(w[2], -10000, 10000, &a) || !rec_int(w[3], -10000, 10000, &b))
            return rec_fail(err, err_size, line_no, "click needs X and Y");
        l.kind = REC_EVENT;
        l.event.kind = GAME_EV_CLICK;
        l.event.x = (int)a, l.event.y = (int)b;
    } else if (strcmp(what, "day") == 0) {
        if (n != 3 || !rec_int(w[2], 0, 2000000, &a))
            return rec_fail(err, err_size, line_no, "day needs a day count");
        l.kind = REC_EVENT;
        l.event.kind = GAME_EV_DAY;
        l.event.day = (int32_t)a;
    } else if (strcmp(what, "time") == 0) {
        if (n != 3 || !rec_int(w[2], 1, 2000000LL * 1440, &a))
            return rec_fail(err, err_size, line_no, "time needs minutes since 1970");
        l.kind = REC_EVENT;
        l.event.kind = GAME_EV_DAY;
        l.event.minute = a;
        l.event.day = (int32_t)(a / 1440);
    } else if (strcmp(what, "log") == 0) {
        if (n != 2) return rec_fail(err, err_size, line_no, "log takes nothing");
        l.kind = REC_EVENT;
        l.event.kind = GAME_EV_LOG;
    } else if (strcmp(what, "reload") == 0) {
        if (n != 3 || !rec_hex(w[2], &l.reload_hash))
            return rec_fail(err, err_size, line_no, "reload needs the files' hash");
        l.kind = REC_EVENT;
        l.event.kind = GAME_EV_RELOAD;
    } else if (strcmp(what, "bind") == 0) {
        uint8_t act;
        if (n < 5 || !rec_action(w[2], &act) || (strcmp(w[3], "key") && strcmp(w[3], "pad")) ||
            strlen(w[4]) >= sizeof l.event.name)
            return rec_fail(err, err_size, line_no, "bind needs an action, key or pad, and a name");
        l.kind = REC_EVENT;
        l.event.kind = GAME_EV_BIND;
        l.event.action = act;
        l.event.pad = strcmp(w[3], "pad") == 0;
        snprintf(l.event.name, sizeof l.event.name, "%s", w[4]);
        if (n == 6) /* names with spaces ("Left Shift") */
            snprintf(l.event.name + strlen(l.event.name), sizeof l.event.name - strlen(l.event.name),
                     " %s", w[5]);
    } else if (strcmp(what, "notice") == 0 || strcmp(what, "kept") == 0) {
        /* Words for the player: the rest of the line, as written. */
        l.kind = REC_EVENT;
        l.event.kind = strcmp(what, "notice") == 0 ? GAME_EV_NOTICE : GAME_EV_KEPT;
        const char *rest = raw + (w[1] - text) + strlen(what);
        while (*rest == ' ' || *rest == '\t') rest++;
        if (l.event.kind == GAME_EV_KEPT) {
            if (strncmp(rest, "yes", 3) && strncmp(rest, "no", 2))
                return rec_fail(err, err_size, line_no, "kept needs yes or no, then the words");
            l.event.ok = rest[0] == 'y';
            rest += l.event.ok ? 3 : 2;
            while (*rest == ' ' || *rest == '\t') rest++;
        }
        snprintf(l.event.text, sizeof l.event.text, "%s", rest);
    } else if (strcmp(what, "frame") == 0) {
        uint64_t held, pressed, released;
        if (n != 5 || !rec_hex(w[2], &held) || !rec_hex(w[3], &pressed) || !rec_hex(w[4], &released))
            return rec_fail(err, err_size, line_no, "frame needs three masks in hex");
        l.kind = REC_FRAME;
        l.frame = (in_frame){(uint32_t)held, (uint32_t)pressed, (uint32_t)released};
    } else {
        int change = 0;
        if (*what == '+' || *what == '-') change = *what++ == '+' ? 1 : -1;
        if (n != 2) return rec_fail(err, err_size, line_no, "unexpected text after the action");
        if (!rec_action(what, &l.action)) {
            char msg[200];
            snprintf(msg, sizeof msg, "unknown action '%s' (up, down, left, right, confirm, "
                     "cancel, menu, hint)", what);
            return rec_fail(err, err_size, line_no, msg);
        }
        l.kind = change > 0 ? REC_PRESS : change < 0 ? REC_RELEASE : REC_TAP;
    }
    if (!rec_add(s, cap, &l)) return rec_fail(err, err_size, line_no, "out of memory");
    return true;
}

/* A header line: "KEY value". */
static bool rec_parse_header(rec_session *s, char *text, int line_no, char *err, size_t err_size)
{
    char *w[2] = {NULL, NULL};
    int n = rec_words(text, w, 2);
    if (n < 1) return rec_fail(err, err_size, line_no, "empty line");
    const char *key = w[0], *value = n > 1 ? w[1] : "";
    long long v;
    if (strcmp(key, "skillquest-session") == 0) {
        if (!rec_int(value, 1, 1000, &v)) return rec_fail(err, err_size, line_no, "bad format number");
        if (v > REC_FORMAT)
            return rec_fail(err, err_size, line_no, "recorded by a newer SkillQuest (format too new)");
        s->session = true;
    } else if (strcmp(key, "version") == 0) {
        snprintf(s->version, sizeof s->version, "%s", value);
    } else if (strcmp(key, "seed") == 0) {
        char *end;
        errno = 0;
        s->seed = strtoull(value, &end, 10);
        if (end == value || *end || errno) return rec_fail(err, err_size, line_no, "bad seed");
        s->has_seed = true;
    } else if (strcmp(key, "today") == 0) {
        if (!rec_int(value, 0, 2000000, &v)) return rec_fail(err, err_size, line_no, "bad day");
        s->today = (int32_t)v;
        s->has_today = true;
    } else if (strcmp(key, "content") == 0) {
        if (!rec_hex(value, &s->content)) return rec_fail(err, err_size, line_no, "bad content hash");
        s->has_content = true;
    } else if (strcmp(key, "level") == 0) {
        snprintf(s->level, sizeof s->level, "%s", value);
    } else if (strcmp(key, "end") == 0) {
        if (!rec_int(value, 0, 100000000, &v)) return rec_fail(err, err_size, line_no, "bad end tick");
        s->end = (uint32_t)v;
        s->has_end = true;
    } else if (strcmp(key, "hash") == 0) {
        if (!rec_hex(value, &s->hash)) return rec_fail(err, err_size, line_no, "bad hash");
        s->has_hash = true;
    } else {
        char msg[200];
        snprintf(msg, sizeof msg, "unknown line '%.60s'", key);
        return rec_fail(err, err_size, line_no, msg);
    }
    return true;
}

bool rec_parse(rec_session *s, const char *text, char *err, size_t err_size)
{
    memset(s, 0, sizeof *s);
    int cap = 0, line_no = 0;
    uint32_t last = 0;
    size_t save_len = 0, save_cap = 0;
    bool in_save = false;
    const char *p = text;
    while (*p) {
        line_no++;
        const char *eol = strchr(p, '\n');
        size_t len = eol ? (size_t)(eol - p) : strlen(p);
        char line[REC_LINE_MAX];
        if (len >= sizeof line) {
            rec_fail(err, err_size, line_no, "line too long");
            goto fail;
        }
        memcpy(line, p, len);
        line[len] = '\0';
        if (len && line[len - 1] == '\r') line[len - 1] = '\0';
        p = eol ? eol + 1 : p + len;
        if (in_save) {
            /* The save is kept byte for byte: its own checksum covers it. */
            if (strcmp(line, "save-end") == 0) {
                in_save = false;
                continue;
            }
            size_t need = save_len + strlen(line) + 2;
            if (need > REC_SAVE_MAX) {
                rec_fail(err, err_size, line_no, "the embedded save is too large");
                goto fail;
            }
            if (need > save_cap) {
                save_cap = need * 2;
                char *grown = realloc(s->save, save_cap);
                if (!grown) {
                    rec_fail(err, err_size, line_no, "out of memory");
                    goto fail;
                }
                s->save = grown;
            }
            save_len += (size_t)sprintf(s->save + save_len, "%s\n", line);
            continue;
        }
        char *hash = strchr(line, '#');
        if (hash) *hash = '\0';
        char *t = line;
        while (isspace((unsigned char)*t)) t++;
        size_t tl = strlen(t);
        while (tl && isspace((unsigned char)t[tl - 1])) t[--tl] = '\0';
        if (!*t) continue;
        if (strcmp(t, "save-begin") == 0) {
            in_save = true;
            if (!s->save) {
                save_cap = 4096;
                if (!(s->save = malloc(save_cap))) {
                    rec_fail(err, err_size, line_no, "out of memory");
                    goto fail;
                }
            }
            s->save[0] = '\0';
            continue;
        }
        bool ok = isdigit((unsigned char)*t)
                      ? rec_parse_event(s, &cap, t, line_no, &last, err, err_size)
                      : rec_parse_header(s, t, line_no, err, err_size);
        if (!ok) goto fail;
    }
    if (in_save) {
        rec_fail(err, err_size, line_no, "save-begin without save-end");
        goto fail;
    }
    return true;
fail:
    rec_free(s);
    return false;
}

void rec_free(rec_session *s)
{
    free(s->lines);
    free(s->save);
    memset(s, 0, sizeof *s);
}

int rec_next(rec_session *s, uint32_t tick, in_frame *frame, game_event *events,
             uint64_t *reload_hashes, int max)
{
    uint32_t pressed = 0, released = 0;
    /* A tap holds for one tick, then lets go. */
    if (s->tap_release & s->held) released |= s->tap_release & s->held;
    s->held &= ~s->tap_release;
    s->tap_release = 0;
    int n = 0;
    bool exact = false;
    while (s->next < s->count && s->lines[s->next].tick <= tick) {
        const rec_line *l = &s->lines[s->next++];
        uint32_t bit = IN_BIT(l->action);
        switch (l->kind) {
        case REC_PRESS:
        case REC_TAP:
            if (!(s->held & bit)) pressed |= bit;
            s->held |= bit;
            if (l->kind == REC_TAP) s->tap_release |= bit;
            break;
        case REC_RELEASE:
            if (s->held & bit) released |= bit;
            s->held &= ~bit;
            break;
        case REC_FRAME:
            *frame = l->frame;
            s->held = l->frame.held;
            exact = true;
            break;
        case REC_EVENT:
            if (n < max) {
                events[n] = l->event;
                reload_hashes[n] = l->reload_hash;
                n++;
            }
            break;
        }
    }
    if (!exact) *frame = (in_frame){s->held, pressed, released};
    return n;
}

/* --- writing ------------------------------------------------------------- */

bool rec_open(rec_writer *w, const char *path, const rec_header *h, char *err, size_t err_size)
{
    memset(w, 0, sizeof *w);
    w->file = fopen(path, "w");
    if (!w->file) {
        snprintf(err, err_size, "cannot write %s: %s", path, strerror(errno));
        return false;
    }
    FILE *f = w->file;
    fprintf(f, "# A SkillQuest play session: replay it with skillquest --replay FILE\n");
    fprintf(f, "skillquest-session %d\nversion %s\nseed %" PRIu64 "\ntoday %" PRId32
               "\ncontent %016" PRIx64 "\n",
            REC_FORMAT, h->version, h->seed, h->today, h->content);
    if (h->level && h->level[0]) fprintf(f, "level %s\n", h->level);
    if (h->save_text) {
        fprintf(f, "save-begin\n%s", h->save_text);
        size_t n = strlen(h->save_text);
        if (n && h->save_text[n - 1] != '\n') fputc('\n', f);
        fprintf(f, "save-end\n");
    }
    return true;
}

/* Edges are written as the presses and releases that make them, so the
 * file reads as what the player did. The presses ("+") and releases ("-")
 * that turn one action from `was` into this frame's edges and state; NULL
 * when no list can (none the input module produces: such a frame is then
 * written whole). */
static const char *rec_sequence(bool was, bool pressed, bool released, bool held)
{
    if (!pressed && !released) return was == held ? "" : NULL;
    if (!was && pressed && !released && held) return "+";
    if (!was && pressed && released) return held ? "+-+" : "+-";
    if (was && released && !pressed && !held) return "-";
    if (was && released && pressed) return held ? "-+" : "-+-";
    return NULL;
}

void rec_write(rec_writer *w, uint32_t tick, const in_frame *frame, const game_event *events,
               const uint64_t *reload_hashes, int count)
{
    if (!w->file) return;
    FILE *f = w->file;
    uint32_t changed = frame->pressed | frame->released | (frame->held ^ w->held);
    if (changed) {
        const char *seq[IN_ACTION_COUNT];
        bool representable = true;
        for (int a = 0; a < IN_ACTION_COUNT; a++) {
            uint32_t bit = IN_BIT(a);
            seq[a] = rec_sequence(w->held & bit, frame->pressed & bit, frame->released & bit,
                                  frame->held & bit);
            representable = representable && seq[a];
        }
        if (representable) {
            for (int a = 0; a < IN_ACTION_COUNT; a++)
                for (const char *c = seq[a]; *c; c++)
                    fprintf(f, "%" PRIu32 " %c%s\n", tick, *c, in_action_name((in_action)a));
        } else {
            fprintf(f, "%" PRIu32 " frame %" PRIx32 " %" PRIx32 " %" PRIx32 "\n", tick, frame->held,
                    frame->pressed, frame->released);
        }
    }
    w->held = frame->held;
    for (int i = 0; i < count; i++) {
        const game_event *e = &events[i];
        switch (e->kind) {
        case GAME_EV_CLICK: fprintf(f, "%" PRIu32 " click %d %d\n", tick, e->x, e->y); break;
        case GAME_EV_DAY:
            if (e->minute > 0) fprintf(f, "%" PRIu32 " time %" PRId64 "\n", tick, e->minute);
            else fprintf(f, "%" PRIu32 " day %" PRId32 "\n", tick, e->day);
            break;
        case GAME_EV_RELOAD:
            fprintf(f, "%" PRIu32 " reload %016" PRIx64 "\n", tick, reload_hashes[i]);
            break;
        case GAME_EV_LOG: fprintf(f, "%" PRIu32 " log\n", tick); break;
        case GAME_EV_NOTICE:
        case GAME_EV_KEPT: {
            /* One line, and no '#' (it would start a comment). */
            char words[sizeof e->text];
            snprintf(words, sizeof words, "%s", e->text);
            for (char *c = words; *c; c++)
                if (*c == '\n' || *c == '\r' || *c == '#') *c = ' ';
            if (e->kind == GAME_EV_NOTICE)
                fprintf(f, "%" PRIu32 " notice %s\n", tick, words);
            else
                fprintf(f, "%" PRIu32 " kept %s %s\n", tick, e->ok ? "yes" : "no", words);
            break;
        }
        case GAME_EV_BIND:
            fprintf(f, "%" PRIu32 " bind %s %s %s\n", tick,
                    e->action >= 0 && e->action < IN_ACTION_COUNT ? in_action_name((in_action)e->action)
                                                                  : "up",
                    e->pad ? "pad" : "key", e->name);
            break;
        }
    }
    if (ferror(f)) w->failed = true;
}

bool rec_close(rec_writer *w, uint32_t end, uint64_t hash, char *err, size_t err_size)
{
    if (!w->file) return true;
    fprintf(w->file, "end %" PRIu32 "\nhash %016" PRIx64 "\n", end, hash);
    bool ok = !w->failed && !ferror(w->file);
    if (fclose(w->file) != 0) ok = false;
    w->file = NULL;
    if (!ok) snprintf(err, err_size, "the session file could not be written whole (disk full?)");
    return ok;
}

/* --- content hashes ------------------------------------------------------ */

static uint64_t rec_fnv(uint64_t h, const void *data, size_t n)
{
    const unsigned char *b = data;
    for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 0x100000001b3ULL;
    return h;
}

static uint64_t rec_hash_file(uint64_t h, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return rec_fnv(h, "?", 1);
    unsigned char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) h = rec_fnv(h, buf, n);
    fclose(f);
    return h;
}

uint64_t rec_file_hash(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    fclose(f);
    return rec_hash_file(0xcbf29ce484222325ULL, path);
}

static int rec_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every regular file under dir (no symlinks followed), hashed by its path
 * relative to base and its bytes, in sorted order. */
static uint64_t rec_hash_tree(uint64_t h, const char *base, const char *rel, int depth)
{
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/%s", base, rel);
    DIR *d = opendir(dir);
    if (!d || depth > 8) {
        if (d) closedir(d);
        return h;
    }
    char **names = NULL;
    int count = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        if (count == cap) {
            cap = cap ? cap * 2 : 32;
            char **grown = realloc(names, sizeof *grown * (size_t)cap);
            if (!grown) break;
            names = grown;
        }
        names[count] = strdup(e->d_name);
        if (names[count]) count++;
    }
    closedir(d);
    qsort(names, (size_t)count, sizeof *names, rec_cmp);
    for (int i = 0; i < count; i++) {
        char child[4200], path[4300];
        snprintf(child, sizeof child, "%s/%s", rel, names[i]);
        snprintf(path, sizeof path, "%s/%s", base, child);
        struct stat st;
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            h = rec_hash_tree(h, base, child, depth + 1);
        } else if (S_ISREG(st.st_mode)) {
            h = rec_fnv(h, child, strlen(child) + 1);
            h = rec_hash_file(h, path);
        }
        free(names[i]);
    }
    free(names);
    return h;
}

uint64_t rec_content_hash(const char *data_root, const char *user_dir, const char *level)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    h = rec_hash_tree(h, data_root, "scripts", 0);
    h = rec_hash_tree(h, data_root, "levels", 0);
    char atlas[4200];
    snprintf(atlas, sizeof atlas, "%s/assets/gen/atlas.txt", data_root);
    h = rec_hash_file(h, atlas);
    if (user_dir && user_dir[0]) h = rec_hash_tree(h, user_dir, "levels", 0);
    if (level && level[0]) h = rec_hash_file(h, level);
    return h;
}
