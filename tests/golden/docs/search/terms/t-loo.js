sitrepSearchData("terms/t-loo",{"loosen":"RPzi9"});
