sitrepSearchData("terms/t-sec",{"second":"QNXd8xxE58","secretary":"x-Cf8OPQu8xxE5gzCQl8yDQh8","secretive":"QNXd8","sectors":"NRB8x0","security":"Cx_u8yJQe8JzL6gxwHi8xwNea"});
