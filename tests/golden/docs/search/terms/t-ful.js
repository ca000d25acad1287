sitrepSearchData("terms/t-ful",{"fulfilled":"QNXd8","full":"QNXd8CLj8FZPv8","fully":"NRB8g"});
