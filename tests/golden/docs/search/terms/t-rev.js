sitrepSearchData("terms/t-rev",{"reveal":"NRB88yYS58","revealed":"NRB8g"});
