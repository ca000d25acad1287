sitrepSearchData("terms/t-fal",{"fall":"NRB88","falling":"NRB8gzZ-a8","false":"NRB88","falsely":"NRB88"});
