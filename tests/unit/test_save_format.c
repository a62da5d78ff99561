/* The save's text format, in memory: round trips, every kind of damage a
 * parser must catch, versions, strictness; the generation's wrap; and the
 * save module's pure rules (retry delays, failures for the player). */
#include "save_test_util.h"

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
    snprintf(body, sizeof body, "skillquest-save 4\ngeneration 9\nachievement first-blood\n");
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
        "level office.first_day completed 50 20000\n",   /* format 1 has no day won */
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
    /* An older level line reads as won on a day not known; format 3 keeps the day. */
    snprintf(body, sizeof body, "%slevel office.first_day completed 50\n", good);
    n = with_end_line(body, file, sizeof file);
    assert_int_equal(sav_parse(file, n, &q, err, sizeof err), SAV_FILE_GOOD);
    assert_int_equal(q.levels[0].won_day, -1);
    char good3[1024];
    snprintf(good3, sizeof good3, "skillquest-save 3%s", strchr(good, '\n'));
    static const char *const v3_levels[][2] = {
        {"level office.first_day completed 50 20000\n", "20000"},
        {"level office.first_day completed 50 -1\n", "-1"},
        {"level office.first_day completed 50\n", NULL},          /* the day is missing */
        {"level office.first_day completed 50 -2\n", NULL},       /* before "unknown" */
        {"level office.first_day completed 50 10000001\n", NULL}, /* past the last day */
    };
    for (size_t i = 0; i < sizeof v3_levels / sizeof v3_levels[0]; i++) {
        snprintf(body, sizeof body, "%s%s", good3, v3_levels[i][0]);
        n = with_end_line(body, file, sizeof file);
        sav_file_status st = sav_parse(file, n, &q, err, sizeof err);
        if (!v3_levels[i][1]) {
            if (st != SAV_FILE_DAMAGED) fail_msg("accepted: %s", v3_levels[i][0]);
            continue;
        }
        assert_int_equal(st, SAV_FILE_GOOD);
        assert_int_equal(q.levels[0].won_day, atoi(v3_levels[i][1]));
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


/* ---- the generation's wrap ---- */

/* b moved k saves forward. */
static uint64_t ahead_of(uint64_t b, uint64_t k)
{
    for (uint64_t i = 0; i < k; i++) b = sav_generation_next(b);
    return b;
}

static void generations_wrap_and_compare_across_it(void **state)
{
    (void)state;
    const uint64_t M = SAV_GENERATION_MAX;
    assert_int_equal(sav_generation_next(0), 1); /* never saved: the first save is 1 */
    assert_int_equal(sav_generation_next(1), 2);
    assert_int_equal(sav_generation_next(M - 1), M);
    assert_int_equal(sav_generation_next(M), 1);
    assert_true(sav_generation_newer(1, M));
    assert_false(sav_generation_newer(M, 1));
    assert_true(sav_generation_newer(3, M - 2));
    assert_false(sav_generation_newer(M - 2, 3));
    /* 0 is older than everything, and newer than nothing. */
    assert_true(sav_generation_newer(1, 0));
    assert_true(sav_generation_newer(M, 0));
    assert_false(sav_generation_newer(0, 0));
    assert_false(sav_generation_newer(0, M));
    assert_false(sav_generation_newer(0, 1));
    /* Out of range (no file holds one): never newer than a real generation. */
    assert_false(sav_generation_newer(M + 1, 5));
    /* Near the wrap and away from it, every distance a few saves apart
     * compares the right way round, and a generation is not newer than itself. */
    static const uint64_t bases[] = {1, 2, 1000, 500000000000000000ULL, 999999999999999990ULL,
                                     999999999999999999ULL, 1000000000000000000ULL};
    for (size_t i = 0; i < sizeof bases / sizeof bases[0]; i++) {
        uint64_t b = bases[i];
        assert_false(sav_generation_newer(b, b));
        for (uint64_t k = 1; k <= 64; k++) {
            uint64_t a = ahead_of(b, k);
            assert_true(a >= 1 && a <= M);
            if (!sav_generation_newer(a, b) || sav_generation_newer(b, a))
                fail_msg("%llu saves after %llu (= %llu) is not newer",
                         (unsigned long long)k, (unsigned long long)b, (unsigned long long)a);
        }
    }
    /* Half a cycle apart is where the order flips: as far as it can see. */
    assert_true(sav_generation_newer(1 + M / 2 - 1, 1));
    assert_false(sav_generation_newer(1 + M / 2, 1));
}

static void the_largest_generation_reads_and_writes(void **state)
{
    (void)state;
    sav_progress p, q;
    char buf[SAV_MAX_FILE_BYTES], err[256];
    sav_defaults(&p);
    p.generation = SAV_GENERATION_MAX;
    size_t n = sav_format(&p, 0, buf, sizeof buf, err, sizeof err);
    assert_true(n > 0);
    assert_int_equal(sav_parse(buf, n, &q, err, sizeof err), SAV_FILE_GOOD);
    assert_int_equal(q.generation, SAV_GENERATION_MAX);
    p.generation = SAV_GENERATION_MAX + 1;
    assert_int_equal(sav_format(&p, 0, buf, sizeof buf, err, sizeof err), 0);
    /* One past it in a file with a good checksum is damage. */
    char body[512], file[600];
    snprintf(body, sizeof body,
             "skillquest-save 2\ngeneration 1000000000000000001\nsaved 0\nxp 0\nrank 0\n"
             "volume-master 1\nvolume-music 2\nvolume-effects 3\nfullscreen 0\n"
             "text-size small\nreduced-motion 1\n");
    n = with_end_line(body, file, sizeof file);
    assert_int_equal(sav_parse(file, n, &q, err, sizeof err), SAV_FILE_DAMAGED);
}

/* ---- pure rules ---- */

static void retry_delay_backs_off_to_a_cap(void **state)
{
    (void)state;
    assert_true(sav_retry_delay(0) == 0.0);
    assert_true(sav_retry_delay(-3) == 0.0);
    double first = sav_retry_delay(1);
    assert_true(first >= 2.0 && first <= 10.0); /* a few seconds */
    assert_true(sav_retry_delay(2) > first);    /* then longer */
    double prev = 0.0;
    for (int i = 1; i <= 200; i++) {
        double d = sav_retry_delay(i);
        assert_true(d >= prev);
        prev = d;
    }
    assert_true(prev >= 60.0 && prev <= 600.0); /* capped: minutes, not hours */
    assert_true(sav_retry_delay(1000000) == prev);
    assert_true(sav_retry_delay(2147483647) == prev);
    /* A caller that asks every tick (60 a second) for an hour while the disk
     * stays full tries this often, against 58 times a second before: */
    int tries = 0, failures = 0;
    double next = 0.0;
    for (long tick = 0; tick < 60L * 3600; tick++) {
        double now = (double)tick / 60.0;
        if (now < next) continue;
        tries++;
        failures++;
        next = now + sav_retry_delay(failures);
    }
    print_message("    a failing save tried %d times in an hour of ticks\n", tries);
    assert_true(tries >= 10 && tries <= 30);
}

static void errno_values_are_classified_for_the_player(void **state)
{
    (void)state;
    static const struct {
        int e;
        sav_failure_kind kind;
    } cases[] = {
        {0, SAV_FAIL_NONE},          {EROFS, SAV_FAIL_READ_ONLY},
        {ENOSPC, SAV_FAIL_DISK_FULL}, {EDQUOT, SAV_FAIL_DISK_FULL},
        {EFBIG, SAV_FAIL_DISK_FULL},  {EACCES, SAV_FAIL_PERMISSION},
        {EPERM, SAV_FAIL_PERMISSION}, {EIO, SAV_FAIL_OTHER},
        {ENOTDIR, SAV_FAIL_OTHER},    {EISDIR, SAV_FAIL_OTHER},
        {ENOMEM, SAV_FAIL_OTHER},     {ELOOP, SAV_FAIL_OTHER},
        {EAGAIN, SAV_FAIL_OTHER},     {12345, SAV_FAIL_OTHER},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        if (sav_classify_errno(cases[i].e) != cases[i].kind)
            fail_msg("errno %d: kind %d, want %d", cases[i].e, sav_classify_errno(cases[i].e),
                     cases[i].kind);

    /* Every kind has its own words, short enough for a dialogue box, saying
     * what happened and what the player can do. */
    static const struct {
        sav_failure_kind kind;
        const char *what, *todo;
    } words[] = {
        {SAV_FAIL_READ_ONLY, "read-only", "writable"},
        {SAV_FAIL_DISK_FULL, "disk is full", "Free some space"},
        {SAV_FAIL_PERMISSION, "not allowed", "permissions"},
        {SAV_FAIL_OTHER, "problem with the save folder", "restart"},
        {SAV_FAIL_OTHER_COPY, "Another copy", "start just one"},
        {SAV_FAIL_CONFLICT, "Another copy", "Restart SkillQuest"},
    };
    assert_string_equal(sav_failure_message(SAV_FAIL_NONE), "");
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        const char *m = sav_failure_message(words[i].kind);
        if (!strstr(m, words[i].what) || !strstr(m, words[i].todo))
            fail_msg("kind %d: '%s'", words[i].kind, m);
        assert_true(strlen(m) < 260);
        for (size_t j = 0; j < i; j++)
            assert_string_not_equal(m, sav_failure_message(words[j].kind));
    }
}

static void progress_worth_keeping(void **state)
{
    (void)state;
    sav_progress p;
    sav_defaults(&p);
    assert_false(sav_has_progress(&p));
    p.settings.text_size = SAV_TEXT_LARGE; /* settings are no progress */
    p.generation = 40;
    assert_false(sav_has_progress(&p));
    sav_level *l = &p.levels[p.level_count++];
    snprintf(l->id, sizeof l->id, "office.first_day");
    assert_false(sav_has_progress(&p)); /* started, not won */
    l->state = SAV_LEVEL_COMPLETED;
    assert_true(sav_has_progress(&p));
    sav_defaults(&p);
    p.xp = 1;
    assert_true(sav_has_progress(&p));
    sav_defaults(&p);
    sav_skill *k = &p.skills[p.skill_count++];
    snprintf(k->id, sizeof k->id, "http");
    assert_false(sav_has_progress(&p));
    k->wrong = 1; /* answered once: its review schedule is progress */
    assert_true(sav_has_progress(&p));
    k->wrong = 0;
    k->held = true;
    assert_true(sav_has_progress(&p));
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(defaults_round_trip_in_memory),
        T(flipped_bytes_are_detected),
        T(wrong_and_future_versions),
        T(strict_inside_a_version),
        T(generations_wrap_and_compare_across_it),
        T(the_largest_generation_reads_and_writes),
        T(retry_delay_backs_off_to_a_cap),
        T(errno_values_are_classified_for_the_player),
        T(progress_worth_keeping),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
