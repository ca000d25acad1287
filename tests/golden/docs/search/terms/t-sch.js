sitrepSearchData("terms/t-sch",{"schneider":"HPMioARR66"});
