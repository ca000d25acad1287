sitrepSearchData("terms/t-pub",{"public":"HPMi8ARR68ISJ32"});
