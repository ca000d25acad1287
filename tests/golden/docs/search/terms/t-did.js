sitrepSearchData("terms/t-did",{"didnt":"NRB88"});
