sitrepSearchData("terms/t-edg",{"edge":"NRB8gzZ-a8"});
