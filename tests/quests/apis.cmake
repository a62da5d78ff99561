# The APIs and Microservices quest's own tests (levels/apis/): its golden
# image, the payment corridor in a retry storm, with every rate-limited
# payment's retries flying to the overloaded PSP at once
# (tests/quests/screens/apis_storm.replay).
add_test(NAME screen_quest_apis_storm
         COMMAND ${T}/screens_test.sh ${GAME} $<TARGET_FILE:sq-imgdiff> ${T}/quests/screens
                 ${T}/golden apis_storm --level ${PROJECT_SOURCE_DIR}/levels/apis/04_payment_corridor.lua)
