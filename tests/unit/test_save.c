/* The save module: round trips, every kind of damage, and the rule that a save
 * which could not be read is kept, never overwritten. Each test gets a fresh
 * directory under /tmp. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* nftw, mkdtemp, scandir, st_mtim */
#endif

#include "test_common.h"
#include "save.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

typedef struct {
    char dir[64]; /* the data directory of this test */
} fixture;

static int make_writable(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)ftw;
    if (flag == FTW_D || flag == FTW_DNR) chmod(path, 0700);
    (void)st;
    return 0;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (!f) return -1;
    snprintf(f->dir, sizeof f->dir, "/tmp/sq-save-test-XXXXXX");
    if (!mkdtemp(f->dir)) return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    nftw(f->dir, make_writable, 16, FTW_PHYS);
    nftw(f->dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    free(f);
    return 0;
}

/* ---- helpers ---- */

static void path_in(char *out, size_t size, const char *dir, const char *name)
{
    snprintf(out, size, "%s/%s", dir, name);
}

static void write_bytes(const char *path, const void *bytes, size_t len)
{
    /* A new file rather than truncating the old one: on ext4 an O_TRUNC of a
     * file with data waits on the journal, which made this test 5x slower. */
    unlink(path);
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    if (len) assert_int_equal(fwrite(bytes, 1, len, fp), len);
    assert_int_equal(fclose(fp), 0);
}

static char *read_bytes(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    assert_non_null(fp);
    char *buf = malloc(SAV_MAX_FILE_BYTES + 1);
    assert_non_null(buf);
    *len = fread(buf, 1, SAV_MAX_FILE_BYTES, fp);
    buf[*len] = '\0';
    fclose(fp);
    return buf;
}

static char *read_named(const char *dir, const char *name, size_t *len)
{
    char path[512];
    path_in(path, sizeof path, dir, name);
    return read_bytes(path, len);
}

static void write_named(const char *dir, const char *name, const void *bytes, size_t len)
{
    char path[512];
    path_in(path, sizeof path, dir, name);
    write_bytes(path, bytes, len);
}

static bool exists(const char *dir, const char *name)
{
    char path[512];
    struct stat st;
    path_in(path, sizeof path, dir, name);
    return lstat(path, &st) == 0;
}

static int not_dots(const struct dirent *e)
{
    return strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
}

/* Everything about a directory's entries that a read could change: names,
 * types, inodes, sizes, modification times and contents. (Not the directory's
 * own mtime: a failed store may create and remove its temporary file.) */
static char *snapshot(const char *dir)
{
    struct dirent **names = NULL;
    int n = scandir(dir, &names, not_dots, alphasort);
    assert_true(n >= 0);
    size_t cap = 64 + (size_t)n * 256, len = 0;
    char *out = malloc(cap);
    assert_non_null(out);
    out[0] = '\0';
    for (int i = 0; i < n; i++) {
        char path[512];
        struct stat st;
        path_in(path, sizeof path, dir, names[i]->d_name);
        if (lstat(path, &st) == 0) {
            unsigned long crc = 0;
            if (S_ISREG(st.st_mode)) {
                size_t blen;
                char *b = read_bytes(path, &blen);
                crc = crc32(0L, (const Bytef *)b, (uInt)blen);
                free(b);
            }
            len += (size_t)snprintf(out + len, cap - len, "%s %o %lu %lld %lld.%09ld %08lx\n",
                                    names[i]->d_name, (unsigned)st.st_mode,
                                    (unsigned long)st.st_ino, (long long)st.st_size,
                                    (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec, crc);
        }
        free(names[i]);
    }
    free(names);
    return out;
}

/* The name of the one entry starting with prefix, or NULL; count returned. */
static int find_prefixed(const char *dir, const char *prefix, char *name, size_t size)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    int count = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strncmp(e->d_name, prefix, strlen(prefix)) == 0) {
            if (name) snprintf(name, size, "%s", e->d_name);
            count++;
        }
    closedir(d);
    return count;
}

static void sample_progress(sav_progress *p, uint64_t generation)
{
    sav_defaults(p);
    p->generation = generation;
    p->xp = 1250 + (uint32_t)generation;
    p->rank = 2;
    static const char *const skills[] = {"http", "html", "css", "javascript", "unit_tests",
                                         "sql", "git", "rest-api", "caching", "queues",
                                         "observability", "a23456789012345678901234567890b"};
    for (int i = 0; i < (int)(sizeof skills / sizeof skills[0]); i++) {
        sav_skill *k = &p->skills[p->skill_count++];
        snprintf(k->id, sizeof k->id, "%s", skills[i]);
        k->held = i % 3 != 2;
        k->mastered = i % 4 == 0;
        k->box = i % (SAV_BOX_MAX + 1);
        k->due_day = 20100 + i;
        k->last_day = i == 5 ? -1 : 20090 + i;
        k->right = (uint32_t)(i * 7);
        k->wrong = (uint32_t)(i % 3);
        if (i % 2 == 0) snprintf(k->right_in, sizeof k->right_in, "web.requests");
    }
    static const char *const levels[] = {"office.first_day", "office.server_room",
                                         "pack:alice/level-1"};
    for (int i = 0; i < 3; i++) {
        sav_level *l = &p->levels[p->level_count++];
        snprintf(l->id, sizeof l->id, "%s", levels[i]);
        l->state = i < 2 ? SAV_LEVEL_COMPLETED : SAV_LEVEL_NOT_STARTED;
        l->best_score = i == 0 ? 100 : i == 1 ? 67 : 0;
    }
    p->settings.master_volume = 100;
    p->settings.music_volume = 0;
    p->settings.effects_volume = 55;
    p->settings.fullscreen = true;
    p->settings.text_size = SAV_TEXT_LARGE;
    p->settings.reduced_motion = true;
    snprintf(p->settings.keys[0].key, sizeof p->settings.keys[0].key, "Left Shift");
    snprintf(p->settings.keys[1].key, sizeof p->settings.keys[1].key, "\xc3\x89"); /* É */
}

static void assert_same_progress(const sav_progress *a, const sav_progress *b)
{
    assert_int_equal(a->generation, b->generation);
    assert_int_equal(a->xp, b->xp);
    assert_int_equal(a->rank, b->rank);
    assert_int_equal(a->skill_count, b->skill_count);
    for (int i = 0; i < a->skill_count; i++) {
        const sav_skill *x = &a->skills[i], *y = &b->skills[i];
        assert_string_equal(x->id, y->id);
        assert_int_equal(x->held, y->held);
        assert_int_equal(x->mastered, y->mastered);
        assert_int_equal(x->box, y->box);
        assert_int_equal(x->due_day, y->due_day);
        assert_int_equal(x->last_day, y->last_day);
        assert_int_equal(x->right, y->right);
        assert_int_equal(x->wrong, y->wrong);
        assert_string_equal(x->right_in, y->right_in);
    }
    assert_int_equal(a->level_count, b->level_count);
    for (int i = 0; i < a->level_count; i++) {
        assert_string_equal(a->levels[i].id, b->levels[i].id);
        assert_int_equal(a->levels[i].state, b->levels[i].state);
        assert_int_equal(a->levels[i].best_score, b->levels[i].best_score);
    }
    const sav_settings *s = &a->settings, *t = &b->settings;
    assert_int_equal(s->master_volume, t->master_volume);
    assert_int_equal(s->music_volume, t->music_volume);
    assert_int_equal(s->effects_volume, t->effects_volume);
    assert_int_equal(s->fullscreen, t->fullscreen);
    assert_int_equal(s->text_size, t->text_size);
    assert_int_equal(s->reduced_motion, t->reduced_motion);
    assert_int_equal(s->key_count, t->key_count);
    for (int i = 0; i < s->key_count; i++) {
        assert_string_equal(s->keys[i].action, t->keys[i].action);
        assert_string_equal(s->keys[i].key, t->keys[i].key);
    }
    assert_int_equal(s->pad_count, t->pad_count);
    for (int i = 0; i < s->pad_count; i++) {
        assert_string_equal(s->pad[i].action, t->pad[i].action);
        assert_string_equal(s->pad[i].key, t->pad[i].key);
    }
}

/* An id of exactly max characters: prefix, number, then padding. */
static void long_id(char *dst, size_t max, const char *prefix, int i, char pad)
{
    char tmp[128];
    int n = snprintf(tmp, sizeof tmp, "%s%d-", prefix, i);
    assert_true(n > 0 && (size_t)n < max);
    memset(tmp + n, pad, max - (size_t)n);
    tmp[max] = '\0';
    memcpy(dst, tmp, max + 1);
}

static void store_ok(const char *dir, const sav_progress *p)
{
    char err[512];
    bool ok = sav_store(dir, p, err, sizeof err);
    if (!ok) fail_msg("sav_store: %s", err);
    assert_string_equal(err, "");
}

/* A body made into a file with a correct end line, as a writer would. */
static size_t with_end_line(const char *body, char *out, size_t size)
{
    size_t n = strlen(body);
    unsigned long crc = crc32(0L, (const Bytef *)body, (uInt)n);
    return (size_t)snprintf(out, size, "%send %08lx\n", body, crc);
}

/* Saves generation 1 then 2: progress.sav holds 2, progress.sav.bak 1. */
static void two_saves(const char *dir, sav_progress *first, sav_progress *second)
{
    sample_progress(first, 1);
    store_ok(dir, first);
    sample_progress(second, 2);
    second->skills[0].box = 7; /* the two differ in content, not only generation */
    store_ok(dir, second);
}

/* ---- tests ---- */

static void defaults_round_trip_in_memory(void **state)
{
    (void)state;
    sav_progress p, q;
    sav_defaults(&p);
    assert_int_equal(p.version, SAV_FORMAT_VERSION);
    assert_true(p.settings.key_count > 10);
    char buf[8192], err[256];
    size_t n = sav_format(&p, 0, buf, sizeof buf, err, sizeof err);
    assert_true(n > 0);
    assert_int_equal(sav_parse(buf, n, &q, err, sizeof err), SAV_FILE_GOOD);
    assert_same_progress(&p, &q);
    /* Too small a buffer is refused, not cut. */
    assert_int_equal(sav_format(&p, 0, buf, 100, err, sizeof err), 0);
}

static void round_trip_through_the_disk(void **state)
{
    fixture *f = *state;
    sav_progress p, q;
    sav_report r;
    /* No save yet: a fresh start, nothing to tell the player. */
    assert_false(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_FRESH_START);
    assert_string_equal(r.message, "");

    sample_progress(&p, 1);
    time_t before = time(NULL);
    store_ok(f->dir, &p);
    assert_true(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_OK);
    assert_string_equal(r.message, "");
    assert_same_progress(&p, &q);
    assert_true(q.saved_at >= (int64_t)before && q.saved_at <= (int64_t)time(NULL));
    assert_int_equal(q.version, SAV_FORMAT_VERSION);
    assert_false(exists(f->dir, "progress.sav.bak")); /* no previous save yet */
    assert_false(exists(f->dir, "progress.sav.tmp"));

    /* A full house: every list at capacity, every field at its limit. */
    sav_progress big;
    sav_defaults(&big);
    big.generation = 2;
    big.xp = SAV_COUNT_MAX;
    big.rank = SAV_RANK_MAX;
    for (int i = 0; i < SAV_MAX_SKILLS; i++) {
        sav_skill *k = &big.skills[big.skill_count++];
        long_id(k->id, SAV_ID_MAX, "skill-", i, 'x');
        k->held = k->mastered = true;
        k->box = SAV_BOX_MAX;
        k->due_day = SAV_DAY_MAX;
        k->last_day = SAV_DAY_MAX;
        k->right = k->wrong = SAV_COUNT_MAX;
    }
    for (int i = 0; i < SAV_MAX_LEVELS; i++) {
        sav_level *l = &big.levels[big.level_count++];
        long_id(l->id, SAV_LEVEL_ID_MAX, "level-", i, 'y');
        l->state = SAV_LEVEL_COMPLETED;
        l->best_score = 100;
    }
    big.settings.key_count = big.settings.pad_count = SAV_MAX_BINDINGS;
    for (int i = 0; i < SAV_MAX_BINDINGS; i++) {
        snprintf(big.settings.keys[i].action, SAV_ID_MAX + 1, "action-%d", i);
        long_id(big.settings.keys[i].key, SAV_ID_MAX, "Key With Spaces ", i, '.');
        snprintf(big.settings.pad[i].action, SAV_ID_MAX + 1, "action-%d", i);
        snprintf(big.settings.pad[i].key, SAV_ID_MAX + 1, "button%d", i);
    }
    store_ok(f->dir, &big);
    assert_true(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_OK);
    assert_same_progress(&big, &q);
    /* The first save is now the backup. */
    size_t n;
    char *bak = read_named(f->dir, "progress.sav.bak", &n);
    assert_int_equal(sav_parse(bak, n, &q, NULL, 0), SAV_FILE_GOOD);
    assert_same_progress(&p, &q);
    free(bak);
}

static void the_file_is_the_documented_text(void **state)
{
    fixture *f = *state;
    sav_progress p;
    sav_defaults(&p);
    p.generation = 3;
    p.xp = 40;
    p.rank = 1;
    sav_skill *k = &p.skills[p.skill_count++];
    snprintf(k->id, sizeof k->id, "http");
    k->held = true;
    k->box = 2;
    k->due_day = 20100;
    k->last_day = 20097;
    k->right = 3;
    k->wrong = 1;
    sav_level *l = &p.levels[p.level_count++];
    snprintf(l->id, sizeof l->id, "office.first_day");
    l->state = SAV_LEVEL_COMPLETED;
    l->best_score = 90;
    store_ok(f->dir, &p);
    size_t n;
    char *text = read_named(f->dir, "progress.sav", &n);
    assert_memory_equal(text, "skillquest-save 2\ngeneration 3\nsaved ", 37);
    assert_non_null(strstr(text, "\nxp 40\nrank 1\n"));
    assert_non_null(strstr(text, "\nskill http 1 0 2 20100 20097 3 1 -\n"));
    snprintf(k->right_in, sizeof k->right_in, "web.requests");
    p.generation = 4;
    store_ok(f->dir, &p);
    free(text);
    text = read_named(f->dir, "progress.sav", &n);
    assert_non_null(strstr(text, "\nskill http 1 0 2 20100 20097 3 1 web.requests\n"));
    assert_non_null(strstr(text, "\nlevel office.first_day completed 90\n"));
    assert_non_null(strstr(text, "\nkey confirm Keypad Enter\n"));
    assert_non_null(strstr(text, "\npad menu start\n"));
    const char *end = strstr(text, "\nend ");
    assert_non_null(end);
    assert_int_equal(n - (size_t)(end + 1 - text), 13);
    if (getenv("SQ_SAVE_PRINT")) fwrite(text, 1, n, stdout);
    free(text);
}

static void generation_must_increase(void **state)
{
    fixture *f = *state;
    sav_progress p;
    sample_progress(&p, 5);
    store_ok(f->dir, &p);
    char *before = snapshot(f->dir);
    char err[512];
    assert_false(sav_store(f->dir, &p, err, sizeof err)); /* same generation again */
    assert_non_null(strstr(err, "running twice"));
    p.generation = 4;
    assert_false(sav_store(f->dir, &p, err, sizeof err));
    char *after = snapshot(f->dir);
    assert_string_equal(before, after);
    free(before);
    free(after);
    p.generation = 6;
    store_ok(f->dir, &p);
}

static void invalid_progress_is_refused_and_nothing_written(void **state)
{
    fixture *f = *state;
    sav_progress p;
    char err[512];
    static const char *const cases[7] = {"skill id with a space", "duplicate skill",
                                         "volume 101",            "box too high",
                                         "empty key name",        "control char in key",
                                         "too many skills"};
    for (int i = 0; i < 7; i++) {
        sample_progress(&p, 1);
        switch (i) {
        case 0: snprintf(p.skills[0].id, sizeof p.skills[0].id, "two words"); break;
        case 1: snprintf(p.skills[1].id, sizeof p.skills[1].id, "%s", p.skills[0].id); break;
        case 2: p.settings.music_volume = 101; break;
        case 3: p.skills[2].box = SAV_BOX_MAX + 1; break;
        case 4: p.settings.keys[0].key[0] = '\0'; break;
        case 5: snprintf(p.settings.pad[0].key, SAV_ID_MAX + 1, "a\nend 00000000"); break;
        case 6: p.skill_count = SAV_MAX_SKILLS + 1; break;
        }
        assert_false(sav_store(f->dir, &p, err, sizeof err));
        if (strncmp(err, "Could not save your progress: ", 30) != 0) fail_msg("%s: %s", cases[i], err);
        assert_int_equal(find_prefixed(f->dir, "progress", NULL, 0), 0);
    }
}

/* The heart of it: a save cut at every byte is detected, the backup is used,
 * nothing on disk changes, and the next store keeps the cut file. */
static void truncated_at_every_byte(void **state)
{
    fixture *f = *state;
    sav_progress first, second, q;
    two_saves(f->dir, &first, &second);
    size_t len;
    char *full = read_named(f->dir, "progress.sav", &len);
    assert_true(len > 1000);
    for (size_t cut = 0; cut < len; cut++) {
        write_named(f->dir, "progress.sav", full, cut);
        char *before = snapshot(f->dir);
        sav_report r;
        bool ok = sav_load(f->dir, &q, &r);
        if (!ok || r.code != SAV_RESTORED_BACKUP || r.save_status != SAV_FILE_DAMAGED)
            fail_msg("cut at %zu of %zu: code %d status %d: %s", cut, len, r.code,
                     r.save_status, r.detail);
        assert_same_progress(&first, &q);
        char *after = snapshot(f->dir);
        assert_string_equal(before, after);
        free(before);
        free(after);
        if (cut % 97 == 0) assert_non_null(strstr(r.message, "damaged"));
    }
    /* The whole file again is fine. */
    write_named(f->dir, "progress.sav", full, len);
    sav_report r;
    assert_true(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_OK);
    assert_same_progress(&second, &q);
    free(full);
}

static void flipped_bytes_are_detected(void **state)
{
    fixture *f = *state;
    sav_progress first, second, q;
    two_saves(f->dir, &first, &second);
    size_t len;
    char *full = read_named(f->dir, "progress.sav", &len);
    char *bad = malloc(len);
    assert_non_null(bad);
    char err[256];
    /* Every byte, several ways, through the parser. */
    static const unsigned char masks[] = {0x01, 0x02, 0x10, 0x20, 0x80, 0xff};
    for (size_t i = 0; i < len; i++)
        for (size_t m = 0; m < sizeof masks; m++) {
            memcpy(bad, full, len);
            bad[i] = (char)(bad[i] ^ masks[m]);
            sav_file_status st = sav_parse(bad, len, &q, err, sizeof err);
            if (st != SAV_FILE_DAMAGED)
                fail_msg("byte %zu ^ %02x: status %d (%s)", i, masks[m], st, err);
        }
    /* Every byte through the whole load: the backup comes back. */
    for (size_t i = 0; i < len; i++) {
        memcpy(bad, full, len);
        bad[i] = (char)(bad[i] ^ 0x04);
        write_named(f->dir, "progress.sav", bad, len);
        sav_report r;
        assert_true(sav_load(f->dir, &q, &r));
        assert_int_equal(r.code, SAV_RESTORED_BACKUP);
        assert_same_progress(&first, &q);
    }
    /* Random damage: one to eight bytes replaced by random values (CRC-32
     * catches every error burst up to 32 bits; wider ones with 1 - 2^-32). */
    srand(1234);
    for (int t = 0; t < 20000; t++) {
        memcpy(bad, full, len);
        int count = 1 + rand() % 8;
        for (int c = 0; c < count; c++) bad[(size_t)rand() % len] = (char)(rand() & 0xff);
        if (memcmp(bad, full, len) == 0) continue;
        assert_int_equal(sav_parse(bad, len, &q, err, sizeof err), SAV_FILE_DAMAGED);
    }
    free(bad);
    free(full);
}

static void empty_file(void **state)
{
    fixture *f = *state;
    sav_progress first, second, q;
    two_saves(f->dir, &first, &second);
    write_named(f->dir, "progress.sav", "", 0);
    sav_report r;
    assert_true(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_RESTORED_BACKUP);
    assert_int_equal(r.save_status, SAV_FILE_DAMAGED);
    assert_non_null(strstr(r.detail, "empty"));
    assert_same_progress(&first, &q);

    /* Empty, with no backup: nothing readable, defaults, and the empty file stays. */
    char path[512];
    path_in(path, sizeof path, f->dir, "progress.sav.bak");
    assert_int_equal(unlink(path), 0);
    assert_false(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_UNREADABLE);
    assert_non_null(strstr(r.message, "no backup"));
    assert_true(exists(f->dir, "progress.sav"));
    sav_progress d;
    sav_defaults(&d);
    assert_same_progress(&d, &q);
}

static void wrong_and_future_versions(void **state)
{
    fixture *f = *state;
    sav_progress first, second, q;
    two_saves(f->dir, &first, &second);
    size_t len;
    char *full = read_named(f->dir, "progress.sav", &len);
    char body[SAV_MAX_FILE_BYTES], file[SAV_MAX_FILE_BYTES];
    /* The same body with another version number and a correct checksum. */
    const char *rest = strchr(full, '\n') + 1;
    size_t body_len = (size_t)(strstr(full, "\nend ") + 1 - rest);
    char err[256];
    static const char *const bad_versions[] = {"0", "01", "-1", "1.0", "x", "", "9999999999"};
    for (size_t i = 0; i < sizeof bad_versions / sizeof bad_versions[0]; i++) {
        snprintf(body, sizeof body, "skillquest-save %s\n%.*s", bad_versions[i], (int)body_len, rest);
        size_t n = with_end_line(body, file, sizeof file);
        assert_int_equal(sav_parse(file, n, &q, err, sizeof err), SAV_FILE_DAMAGED);
    }
    assert_int_equal(sav_parse("SkillQuest-save 1\n", 18, &q, err, sizeof err), SAV_FILE_DAMAGED);
    assert_non_null(strstr(err, "not a SkillQuest save"));

    /* A newer format, even one whose lines we would not understand. */
    snprintf(body, sizeof body, "skillquest-save 3\ngeneration 9\nachievement first-blood\n");
    size_t n = with_end_line(body, file, sizeof file);
    assert_int_equal(sav_parse(file, n, &q, err, sizeof err), SAV_FILE_FUTURE);
    assert_non_null(strstr(err, "newer SkillQuest"));
    write_named(f->dir, "progress.sav", file, n);
    char *before = snapshot(f->dir);
    sav_report r;
    assert_true(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_RESTORED_BACKUP);
    assert_int_equal(r.save_status, SAV_FILE_FUTURE);
    assert_non_null(strstr(r.message, "newer version of SkillQuest"));
    assert_same_progress(&first, &q);
    char *after = snapshot(f->dir);
    assert_string_equal(before, after);

    /* The next save keeps the newer file aside, byte for byte. */
    q.generation = 3;
    store_ok(f->dir, &q);
    char name[256];
    assert_int_equal(find_prefixed(f->dir, "progress.sav.newer-", name, sizeof name), 1);
    size_t kept_len;
    char *kept = read_named(f->dir, name, &kept_len);
    assert_int_equal(kept_len, n);
    assert_memory_equal(kept, file, n);
    /* The backup was not replaced by the unreadable file. */
    char *bak = read_named(f->dir, "progress.sav.bak", &kept_len);
    assert_int_equal(sav_parse(bak, kept_len, &q, err, sizeof err), SAV_FILE_GOOD);
    assert_int_equal(q.generation, 1);
    free(bak);
    free(kept);
    free(before);
    free(after);
    free(full);
}

static void strict_inside_a_version(void **state)
{
    (void)state;
    sav_progress q;
    char file[4096], body[4096], err[256];
    const char *good =
        "skillquest-save 1\ngeneration 1\nsaved 0\nxp 0\nrank 0\nvolume-master 1\n"
        "volume-music 2\nvolume-effects 3\nfullscreen 0\ntext-size small\nreduced-motion 1\n";
    size_t n = with_end_line(good, file, sizeof file);
    assert_int_equal(sav_parse(file, n, &q, err, sizeof err), SAV_FILE_GOOD);
    assert_int_equal(q.settings.effects_volume, 3);
    assert_int_equal(q.settings.key_count, 0); /* the file lists every binding */
    static const char *const bad_lines[] = {
        "colour blue\n",                      /* unknown key */
        "xp 5\n",                             /* repeated */
        "skill http 1 0 2 20100 20097 3\n",  /* a field short */
        "skill http 1 0 2 20100 20097 3 1 9\n", /* a field long */
        "skill http 2 0 2 20100 20097 3 1\n",  /* not a bool */
        "skill http 1 0 17 20100 20097 3 1\n", /* box too high */
        "skill http 1 0 2 20100 -2 3 1\n",     /* day too low */
        "skill http 1 0 2 99999999999999999999999 0 3 1\n", /* overflow */
        "skill http 1 0 2 +5 0 3 1\n",
        "skill http 1 0 2 05 0 3 1\n",
        "skill http  1 0 2 5 0 3 1\n",        /* double space */
        "skill http 1 0 2 5 0 3 1 \n",        /* trailing space */
        "skill http 1 0 2 5 0 3 1\nskill http 1 0 2 5 0 3 1\n", /* twice */
        "skill a234567890123456789012345678901x 1 0 2 5 0 3 1\n", /* id too long */
        "level office.first_day finished 50\n",
        "level office.first_day completed 101\n",
        "key confirm  Return\n",
        "key confirm\n",
        "pad\n",
        "\n",
        "text-size huge\n",
        "xp\t5\n",
        "key confirm Ret\x01urn\n",
    };
    for (size_t i = 0; i < sizeof bad_lines / sizeof bad_lines[0]; i++) {
        snprintf(body, sizeof body, "%s%s", good, bad_lines[i]);
        n = with_end_line(body, file, sizeof file);
        if (sav_parse(file, n, &q, err, sizeof err) != SAV_FILE_DAMAGED)
            fail_msg("accepted: %s", bad_lines[i]);
    }
    /* Format 1 skill lines have no level of the last right answer: read as none. */
    snprintf(body, sizeof body, "%sskill http 1 0 2 5 0 3 1\n", good);
    n = with_end_line(body, file, sizeof file);
    assert_int_equal(sav_parse(file, n, &q, err, sizeof err), SAV_FILE_GOOD);
    assert_int_equal(q.version, 1);
    assert_int_equal(q.skill_count, 1);
    assert_string_equal(q.skills[0].right_in, "");
    /* Format 2 needs that field, and only a level id or "-" fits it. */
    char good2[1024];
    snprintf(good2, sizeof good2, "skillquest-save 2%s", strchr(good, '\n'));
    static const char *const v2_lines[][2] = {
        {"skill http 1 0 2 5 0 3 1 web.requests\n", "web.requests"},
        {"skill http 1 0 2 5 0 3 1 -\n", ""},
        {"skill http 1 0 2 5 0 3 1\n", NULL},        /* the format 1 line: a field short */
        {"skill http 1 0 2 5 0 3 1 - x\n", NULL},    /* a field long */
        {"skill http 1 0 2 5 0 3 1 a\x7f\n", NULL}, /* not an id */
    };
    for (size_t i = 0; i < sizeof v2_lines / sizeof v2_lines[0]; i++) {
        snprintf(body, sizeof body, "%s%s", good2, v2_lines[i][0]);
        n = with_end_line(body, file, sizeof file);
        sav_file_status st = sav_parse(file, n, &q, err, sizeof err);
        if (!v2_lines[i][1]) {
            if (st != SAV_FILE_DAMAGED) fail_msg("accepted: %s", v2_lines[i][0]);
            continue;
        }
        assert_int_equal(st, SAV_FILE_GOOD);
        assert_int_equal(q.version, 2);
        assert_string_equal(q.skills[0].right_in, v2_lines[i][1]);
    }
    /* A NUL inside a line, checksum and all. */
    snprintf(body, sizeof body, "%sxp 5", good);
    size_t bl = strlen(body);
    body[bl - 2] = '\0';
    body[bl] = '\n';
    unsigned long crc = crc32(0L, (const Bytef *)body, (uInt)(bl + 1));
    memcpy(file, body, bl + 1);
    n = bl + 1 + (size_t)snprintf(file + bl + 1, sizeof file - bl - 1, "end %08lx\n", crc);
    assert_int_equal(sav_parse(file, n, &q, err, sizeof err), SAV_FILE_DAMAGED);
    /* A required line missing. */
    n = with_end_line("skillquest-save 1\ngeneration 1\n", file, sizeof file);
    assert_int_equal(sav_parse(file, n, &q, err, sizeof err), SAV_FILE_DAMAGED);
    /* Upper-case checksum digits are not the writer's: damage. */
    n = with_end_line(good, file, sizeof file);
    for (size_t i = n - 9; i < n - 1; i++)
        if (file[i] >= 'a' && file[i] <= 'f') {
            file[i] = (char)(file[i] - 'a' + 'A');
            assert_int_equal(sav_parse(file, n, &q, err, sizeof err), SAV_FILE_DAMAGED);
            break;
        }
}

static void directory_where_the_file_should_be(void **state)
{
    fixture *f = *state;
    sav_progress first, second, q;
    two_saves(f->dir, &first, &second);
    char path[512];
    path_in(path, sizeof path, f->dir, "progress.sav");
    assert_int_equal(unlink(path), 0);
    assert_int_equal(mkdir(path, 0755), 0);
    char inner[600];
    snprintf(inner, sizeof inner, "%s/keep-me.txt", path);
    write_bytes(inner, "precious", 8);

    char *before = snapshot(f->dir);
    sav_report r;
    assert_true(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_RESTORED_BACKUP);
    assert_int_equal(r.save_status, SAV_FILE_UNREADABLE);
    assert_non_null(strstr(r.detail, "folder"));
    assert_same_progress(&first, &q);
    char *after = snapshot(f->dir);
    assert_string_equal(before, after);

    /* The folder is moved aside whole; the backup stays generation 1. */
    q.generation = 3;
    store_ok(f->dir, &q);
    char name[256], moved[600];
    assert_int_equal(find_prefixed(f->dir, "progress.sav.broken-", name, sizeof name), 1);
    snprintf(moved, sizeof moved, "%s/%s/keep-me.txt", f->dir, name);
    size_t n;
    char *kept = read_bytes(moved, &n);
    assert_int_equal(n, 8);
    free(kept);
    assert_true(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_OK);
    assert_int_equal(q.generation, 3);
    char *bak = read_named(f->dir, "progress.sav.bak", &n);
    assert_int_equal(sav_parse(bak, n, &q, NULL, 0), SAV_FILE_GOOD);
    assert_int_equal(q.generation, 1);
    free(bak);

    /* A folder where the temporary file goes: the store fails cleanly. */
    path_in(path, sizeof path, f->dir, "progress.sav.tmp");
    assert_int_equal(mkdir(path, 0755), 0);
    free(before);
    before = snapshot(f->dir);
    char err[512];
    q.generation = 4;
    assert_false(sav_store(f->dir, &q, err, sizeof err));
    assert_non_null(strstr(err, "progress.sav.tmp"));
    assert_non_null(strstr(err, "folder is in the way"));
    free(after);
    after = snapshot(f->dir);
    assert_string_equal(before, after);
    free(before);
    free(after);
}

/* A FIFO where the save should be must not hang the game. */
static void fifo_where_the_file_should_be(void **state)
{
    fixture *f = *state;
    char path[512];
    path_in(path, sizeof path, f->dir, "progress.sav");
    assert_int_equal(mkfifo(path, 0644), 0);
    sav_progress q;
    sav_report r;
    assert_false(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_UNREADABLE);
    q.generation = 1;
    store_ok(f->dir, &q);
    assert_int_equal(find_prefixed(f->dir, "progress.sav.broken-", NULL, 0), 1);
}

static void data_dir_is_created_or_refused(void **state)
{
    fixture *f = *state;
    char dir[512], err[512];
    sav_progress p, q;
    sample_progress(&p, 1);
    snprintf(dir, sizeof dir, "%s/a/b/c", f->dir);
    store_ok(dir, &p);
    sav_report r;
    assert_true(sav_load(dir, &q, &r));
    assert_same_progress(&p, &q);

    /* The data directory is a file, or sits under one: refused, nothing created. */
    char file[256];
    path_in(file, sizeof file, f->dir, "afile");
    write_bytes(file, "x", 1);
    assert_false(sav_store(file, &p, err, sizeof err));
    assert_non_null(strstr(err, "is a file, not a folder"));
    snprintf(dir, sizeof dir, "%s/data", file);
    assert_false(sav_store(dir, &p, err, sizeof err));
    assert_non_null(strstr(err, "not a folder"));
    assert_false(sav_load(dir, &q, &r));
    assert_int_equal(r.code, SAV_FRESH_START);
}

/* Runs fn in a child process as an unprivileged user (when we are root, chmod
 * does not stop root writing), with the given RLIMIT_FSIZE (0: none). Returns
 * the child's exit status, or -1 when privileges cannot be dropped. */
static int in_child(int (*fn)(const char *dir), const char *dir, bool drop_root,
                    rlim_t fsize)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        if (drop_root && geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(77);
        if (fsize) {
            signal(SIGXFSZ, SIG_IGN);
            struct rlimit rl = {fsize, fsize};
            if (setrlimit(RLIMIT_FSIZE, &rl) != 0) _exit(78);
        }
        _exit(fn(dir));
    }
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    int code = WEXITSTATUS(status);
    return code == 77 ? -1 : code;
}

static int child_store_must_fail(const char *dir)
{
    sav_progress p;
    sav_report r;
    sav_load(dir, &p, &r);
    if (r.code != SAV_OK && r.code != SAV_RESTORED_BACKUP) return 10;
    p.generation += 5;
    char err[512];
    if (sav_store(dir, &p, err, sizeof err)) return 11;
    if (!strstr(err, "Could not save your progress")) return 12;
    fprintf(stderr, "    (expected) %s\n", err);
    return 0;
}

/* A read-only data directory. As root, chmod alone does not stop writes, so
 * the store runs in a child that has dropped to uid/gid 65534 (nobody): the
 * kernel then really refuses with EACCES. */
static void read_only_data_directory(void **state)
{
    fixture *f = *state;
    sav_progress first, second, q;
    two_saves(f->dir, &first, &second);
    assert_int_equal(chmod(f->dir, 0555), 0);
    char *before = snapshot(f->dir);
    int code = in_child(child_store_must_fail, f->dir, true, 0);
    if (code < 0) {
        assert_int_equal(chmod(f->dir, 0700), 0);
        skip();
    }
    assert_int_equal(code, 0);
    char *after = snapshot(f->dir);
    assert_string_equal(before, after);
    free(before);
    free(after);

    /* Read-only, and the save is damaged: it cannot be moved aside, so the
     * store refuses rather than overwrite it. */
    assert_int_equal(chmod(f->dir, 0700), 0);
    size_t len;
    char *full = read_named(f->dir, "progress.sav", &len);
    full[len / 2] ^= 0x40;
    write_named(f->dir, "progress.sav", full, len);
    assert_int_equal(chmod(f->dir, 0555), 0);
    before = snapshot(f->dir);
    assert_int_equal(in_child(child_store_must_fail, f->dir, true, 0), 0);
    after = snapshot(f->dir);
    assert_string_equal(before, after);
    assert_int_equal(chmod(f->dir, 0700), 0);
    sav_report r;
    assert_true(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_RESTORED_BACKUP);
    assert_same_progress(&first, &q);
    free(before);
    free(after);
    free(full);
}

static int child_store_must_succeed(const char *dir)
{
    sav_progress p;
    sav_report r;
    if (!sav_load(dir, &p, &r) || r.code != SAV_OK) return 10;
    p.generation++;
    char err[512];
    if (!sav_store(dir, &p, err, sizeof err)) {
        fprintf(stderr, "    %s\n", err);
        return 11;
    }
    return 0;
}

static bool hardlinks_protected(void)
{
    FILE *fp = fopen("/proc/sys/fs/protected_hardlinks", "r");
    int v = 0;
    if (fp) {
        if (fscanf(fp, "%d", &v) != 1) v = 0;
        fclose(fp);
    }
    return v == 1;
}

/* Where link() is refused (here: Linux's protected_hardlinks, for a file the
 * saving user does not own; on FAT: always), the backup is a copy. */
static void backup_by_copy_where_links_are_refused(void **state)
{
    fixture *f = *state;
    if (geteuid() != 0 || !hardlinks_protected()) skip();
    sav_progress first, second, q;
    two_saves(f->dir, &first, &second); /* files owned by root, 0644 */
    assert_int_equal(chmod(f->dir, 0777), 0);
    size_t len;
    char *old = read_named(f->dir, "progress.sav", &len);
    int code = in_child(child_store_must_succeed, f->dir, true, 0);
    assert_int_equal(chmod(f->dir, 0700), 0);
    if (code < 0) skip();
    assert_int_equal(code, 0);
    size_t n;
    char *bak = read_named(f->dir, "progress.sav.bak", &n);
    assert_int_equal(n, len);
    assert_memory_equal(bak, old, n);
    char path[512];
    struct stat st;
    path_in(path, sizeof path, f->dir, "progress.sav.bak");
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_nlink, 1); /* a copy, not a link */
    assert_int_equal(st.st_uid, 65534);
    sav_report r;
    assert_true(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_OK);
    assert_int_equal(q.generation, 3);
    assert_false(exists(f->dir, "progress.sav.bak.tmp"));
    free(bak);
    free(old);
}

/* In a sticky directory (like /tmp) another user's damaged save can be
 * neither renamed nor replaced: the store refuses and leaves it alone. */
static void damaged_save_that_cannot_be_moved_is_not_overwritten(void **state)
{
    fixture *f = *state;
    if (geteuid() != 0) skip();
    sav_progress first, second;
    two_saves(f->dir, &first, &second);
    size_t len;
    char *bytes = read_named(f->dir, "progress.sav", &len);
    bytes[len - 3] ^= 1;
    write_named(f->dir, "progress.sav", bytes, len);
    assert_int_equal(chmod(f->dir, 01777), 0);
    char *before = snapshot(f->dir);
    int code = in_child(child_store_must_fail, f->dir, true, 0);
    char *after = snapshot(f->dir);
    assert_int_equal(chmod(f->dir, 0700), 0);
    if (code < 0) skip();
    assert_int_equal(code, 0);
    assert_string_equal(before, after);
    /* The same with a good save: the backup step is refused (link, then the
     * copy's rename), and nothing changes either. */
    write_named(f->dir, "progress.sav", bytes, len);
    free(bytes);
    free(before);
    free(after);
    sav_progress q;
    sav_report r;
    assert_true(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_RESTORED_BACKUP);
    q.generation = 7;
    store_ok(f->dir, &q);
    assert_int_equal(find_prefixed(f->dir, "progress.sav.broken-", NULL, 0), 1);
    assert_int_equal(chmod(f->dir, 01777), 0);
    before = snapshot(f->dir);
    code = in_child(child_store_must_fail, f->dir, true, 0);
    after = snapshot(f->dir);
    assert_int_equal(chmod(f->dir, 0700), 0);
    assert_int_equal(code, 0);
    assert_string_equal(before, after);
    free(before);
    free(after);
}

/* The disk fills up mid-write (RLIMIT_FSIZE makes write() fail with EFBIG,
 * as ENOSPC would): false, and the files are as they were. */
static void disk_full_while_writing(void **state)
{
    fixture *f = *state;
    sav_progress first, second;
    two_saves(f->dir, &first, &second);
    char *before = snapshot(f->dir);
    assert_int_equal(in_child(child_store_must_fail, f->dir, false, 200), 0);
    char *after = snapshot(f->dir);
    assert_string_equal(before, after);
    free(before);
    free(after);
}

/* Both copies broken: a fresh start, and the next saves keep both files. */
static void both_broken_fresh_start_keeps_the_files(void **state)
{
    fixture *f = *state;
    sav_progress first, second, q;
    two_saves(f->dir, &first, &second);
    size_t main_len, bak_len;
    char *main_bytes = read_named(f->dir, "progress.sav", &main_len);
    char *bak_bytes = read_named(f->dir, "progress.sav.bak", &bak_len);
    main_bytes[10] ^= 1;
    bak_len -= 20;
    write_named(f->dir, "progress.sav", main_bytes, main_len);
    write_named(f->dir, "progress.sav.bak", bak_bytes, bak_len);

    char *before = snapshot(f->dir);
    sav_report r;
    assert_false(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_UNREADABLE);
    assert_int_equal(r.save_status, SAV_FILE_DAMAGED);
    assert_int_equal(r.backup_status, SAV_FILE_DAMAGED);
    assert_non_null(strstr(r.message, "starting fresh"));
    sav_progress d;
    sav_defaults(&d);
    assert_same_progress(&d, &q);
    char *after = snapshot(f->dir);
    assert_string_equal(before, after);

    /* Two saves later both broken files are still there, byte for byte. */
    q.generation = 1;
    store_ok(f->dir, &q);
    q.generation = 2;
    store_ok(f->dir, &q);
    char name[256];
    size_t n;
    assert_int_equal(find_prefixed(f->dir, "progress.sav.broken-", name, sizeof name), 1);
    char *kept = read_named(f->dir, name, &n);
    assert_int_equal(n, main_len);
    assert_memory_equal(kept, main_bytes, n);
    free(kept);
    assert_int_equal(find_prefixed(f->dir, "progress.sav.bak.broken-", name, sizeof name), 1);
    kept = read_named(f->dir, name, &n);
    assert_int_equal(n, bak_len);
    assert_memory_equal(kept, bak_bytes, n);
    free(kept);
    assert_true(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_OK);
    assert_int_equal(q.generation, 2);
    free(before);
    free(after);
    free(main_bytes);
    free(bak_bytes);
}

/* The damaged save is never overwritten, nor made the backup. */
static void unreadable_save_is_not_overwritten(void **state)
{
    fixture *f = *state;
    sav_progress first, second, q;
    two_saves(f->dir, &first, &second);
    size_t len;
    char *bytes = read_named(f->dir, "progress.sav", &len);
    bytes[len / 3] = '#';
    write_named(f->dir, "progress.sav", bytes, len);
    sav_report r;
    assert_true(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_RESTORED_BACKUP);
    assert_same_progress(&first, &q);
    assert_non_null(strstr(r.message, "damaged"));
    assert_non_null(strstr(r.message, "will not be overwritten"));

    for (int i = 0; i < 3; i++) { /* several saves: the kept file survives them all */
        q.generation++;
        store_ok(f->dir, &q);
    }
    char name[256];
    size_t n;
    assert_int_equal(find_prefixed(f->dir, "progress.sav.broken-", name, sizeof name), 1);
    char *kept = read_named(f->dir, name, &n);
    assert_int_equal(n, len);
    assert_memory_equal(kept, bytes, n);
    free(kept);
    /* A second damaged save later gets its own name. */
    char *cur = read_named(f->dir, "progress.sav", &n);
    cur[5] ^= 2;
    write_named(f->dir, "progress.sav", cur, n);
    q.generation = 10;
    store_ok(f->dir, &q);
    assert_int_equal(find_prefixed(f->dir, "progress.sav.broken-", NULL, 0), 2);
    free(cur);
    free(bytes);
}

/* What a crash leaves behind (stray temporary files) changes nothing. */
static void leftovers_from_a_crash_are_harmless(void **state)
{
    fixture *f = *state;
    sav_progress first, second, q;
    two_saves(f->dir, &first, &second);
    write_named(f->dir, "progress.sav.tmp", "skillquest-save 1\ngenera", 24);
    char a[512], b[512];
    path_in(a, sizeof a, f->dir, "progress.sav");
    path_in(b, sizeof b, f->dir, "progress.sav.bak.tmp");
    assert_int_equal(link(a, b), 0); /* killed between link() and rename() */
    sav_report r;
    assert_true(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_OK);
    assert_same_progress(&second, &q);
    q.generation = 3;
    store_ok(f->dir, &q);
    assert_false(exists(f->dir, "progress.sav.tmp"));
    assert_false(exists(f->dir, "progress.sav.bak.tmp"));
    size_t n;
    char *bak = read_named(f->dir, "progress.sav.bak", &n);
    assert_int_equal(sav_parse(bak, n, &q, NULL, 0), SAV_FILE_GOOD);
    assert_same_progress(&second, &q);
    free(bak);
}

/* A missing progress.sav with a good backup (e.g. deleted by hand). */
static void missing_save_uses_the_backup(void **state)
{
    fixture *f = *state;
    sav_progress first, second, q;
    two_saves(f->dir, &first, &second);
    char path[512];
    path_in(path, sizeof path, f->dir, "progress.sav");
    assert_int_equal(unlink(path), 0);
    sav_report r;
    assert_true(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_RESTORED_BACKUP);
    assert_int_equal(r.save_status, SAV_FILE_MISSING);
    assert_non_null(strstr(r.message, "missing"));
    assert_same_progress(&first, &q);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(defaults_round_trip_in_memory),
        T(round_trip_through_the_disk),
        T(the_file_is_the_documented_text),
        T(generation_must_increase),
        T(invalid_progress_is_refused_and_nothing_written),
        T(truncated_at_every_byte),
        T(flipped_bytes_are_detected),
        T(empty_file),
        T(wrong_and_future_versions),
        T(strict_inside_a_version),
        T(directory_where_the_file_should_be),
        T(fifo_where_the_file_should_be),
        T(data_dir_is_created_or_refused),
        T(read_only_data_directory),
        T(backup_by_copy_where_links_are_refused),
        T(damaged_save_that_cannot_be_moved_is_not_overwritten),
        T(disk_full_while_writing),
        T(both_broken_fresh_start_keeps_the_files),
        T(unreadable_save_is_not_overwritten),
        T(leftovers_from_a_crash_are_harmless),
        T(missing_save_uses_the_backup),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
