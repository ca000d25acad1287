sitrepSearchData("terms/t-ver",{"very":"HPMioEETkg"});
