sitrepSearchData("terms/t-peo",{"people":"FFSl8yFVt8xzJg2DBG4g"});
