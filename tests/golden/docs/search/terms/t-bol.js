sitrepSearchData("terms/t-bol",{"bolstered":"NRB88"});
