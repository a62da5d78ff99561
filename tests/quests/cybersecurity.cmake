# The Cybersecurity quest's own tests (levels/cybersecurity/): its golden
# image, the red-team floor mid-play (tests/quests/screens/cybersecurity_floor.replay):
# doors 22, 80 and 3306 probed and labelled open, closed and filtered, and the
# payment vendor's door refused as out of scope, with the reason.
add_test(NAME screen_quest_cybersecurity_floor
         COMMAND ${T}/screens_test.sh ${GAME} $<TARGET_FILE:sq-imgdiff> ${T}/quests/screens
                 ${T}/golden cybersecurity_floor --level ${PROJECT_SOURCE_DIR}/levels/cybersecurity/01_rules_of_engagement.lua)
