sitrepSearchData("terms/t-glo",{"global":"HPMi8ARR68ISJ32"});
