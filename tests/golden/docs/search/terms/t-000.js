sitrepSearchData("terms/t-000",{"000":"NRB88yYS58xxE5g"});
