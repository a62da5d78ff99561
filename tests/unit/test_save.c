/* The save on disk: round trips, every kind of damage, and the rule that a
 * save which could not be read is kept, never overwritten. Each test gets a
 * fresh directory under /tmp. (The format in memory: test_save_format.c; the
 * folder's lock, conflicts and back-off: test_save_folder.c; dated copies and
 * what a load tells the player: test_save_copies.c.) */
#include "save_test_util.h"

/* ---- tests ---- */

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
    l->won_day = 20099;
    store_ok(f->dir, &p);
    size_t n;
    char *text = read_named(f->dir, "progress.sav", &n);
    assert_memory_equal(text, "skillquest-save 3\ngeneration 3\nsaved ", 37);
    assert_non_null(strstr(text, "\nxp 40\nrank 1\n"));
    assert_non_null(strstr(text, "\nskill http 1 0 2 20100 20097 3 1 - 0 0 - -\n"));
    snprintf(k->right_in, sizeof k->right_in, "web.requests");
    k->taught = true;
    k->due_right_minute = 28944000;
    snprintf(k->due_right_item, sizeof k->due_right_item, "http_created");
    snprintf(k->last_item, sizeof k->last_item, "http_methods");
    sav_kept *kept = &p.kept[p.kept_count++];
    snprintf(kept->quest, sizeof kept->quest, "capstone");
    snprintf(kept->key, sizeof kept->key, "design");
    snprintf(kept->value, sizeof kept->value, "lb app 100%% cache");
    p.generation = 4;
    store_ok(f->dir, &p);
    free(text);
    text = read_named(f->dir, "progress.sav", &n);
    assert_non_null(strstr(text, "\nskill http 1 0 2 20100 20097 3 1 web.requests 1 28944000 "
                                 "http_created http_methods\n"));
    /* A kept value is one word: its spaces and '%' are escaped. */
    assert_non_null(strstr(text, "\nkept capstone design lb%20app%20100%25%20cache\n"));
    sav_progress back;
    assert_int_equal(sav_parse(text, n, &back, NULL, 0), SAV_FILE_GOOD);
    assert_int_equal(back.kept_count, 1);
    assert_string_equal(back.kept[0].value, "lb app 100% cache");
    assert_true(back.skills[0].taught && back.skills[0].due_right_minute == 28944000);
    assert_string_equal(back.skills[0].due_right_item, "http_created");
    assert_non_null(strstr(text, "\nlevel office.first_day completed 90 20099\n"));
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

/* The largest generation the reader accepts is followed by 1, which counts as
 * newer; the old rule (greater than) made such a save the last one ever. */
static void generation_wraps_in_the_store(void **state)
{
    fixture *f = *state;
    sav_progress p, q;
    sample_progress(&p, 1);
    p.generation = SAV_GENERATION_MAX;
    store_ok(f->dir, &p);
    char *before = snapshot(f->dir);
    char err[512];
    p.generation = SAV_GENERATION_MAX + 1; /* past what the reader accepts: refused */
    assert_false(sav_store(f->dir, &p, err, sizeof err));
    p.generation = SAV_GENERATION_MAX - 1; /* older */
    assert_false(sav_store(f->dir, &p, err, sizeof err));
    char *after = snapshot(f->dir);
    assert_string_equal(before, after);
    p.generation = sav_generation_next(SAV_GENERATION_MAX);
    assert_int_equal(p.generation, 1);
    store_ok(f->dir, &p);
    sav_report r;
    assert_true(sav_load(f->dir, &q, &r));
    assert_int_equal(r.code, SAV_OK);
    assert_int_equal(q.generation, 1);
    size_t n;
    char *bak = read_named(f->dir, "progress.sav.bak", &n);
    assert_int_equal(sav_parse(bak, n, &q, NULL, 0), SAV_FILE_GOOD);
    assert_int_equal(q.generation, SAV_GENERATION_MAX);
    /* Across the wrap the save before it is older: refused, as ever. */
    p.generation = SAV_GENERATION_MAX;
    assert_false(sav_store(f->dir, &p, err, sizeof err));
    assert_non_null(strstr(err, "running twice"));
    p.generation = 2;
    store_ok(f->dir, &p);
    free(bak);
    free(before);
    free(after);
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
    assert_non_null(strstr(r.message, "starting from the beginning"));
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
    assert_non_null(strstr(r.message, "never overwritten"));

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
        T(round_trip_through_the_disk),
        T(the_file_is_the_documented_text),
        T(generation_must_increase),
        T(generation_wraps_in_the_store),
        T(invalid_progress_is_refused_and_nothing_written),
        T(truncated_at_every_byte),
        T(empty_file),
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
