sitrepSearchData("terms/t-fac",{"fact":"HPMi8EETkg","facto":"HPMi8"});
