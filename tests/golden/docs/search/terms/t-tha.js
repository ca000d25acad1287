sitrepSearchData("terms/t-tha",{"than":"QNXdx0","thankful":"NRB88"});
