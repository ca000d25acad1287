sitrepSearchData("terms/t-mee",{"meeting":"NRB88yUWb8xBzv8"});
