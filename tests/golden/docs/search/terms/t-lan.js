sitrepSearchData("terms/t-lan",{"land":"NRB88"});
