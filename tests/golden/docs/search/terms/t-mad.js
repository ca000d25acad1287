sitrepSearchData("terms/t-mad",{"made":"FFSloyFVtg"});
