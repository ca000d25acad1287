sitrepSearchData("terms/t-vid",{"video":"HPMi8EETk8"});
