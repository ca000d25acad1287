sitrepSearchData("terms/t-soc",{"social":"HPMi8ARR68LOHu8"});
