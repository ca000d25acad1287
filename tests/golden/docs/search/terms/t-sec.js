sitrepSearchData("terms/t-sec",{"second":"FFSl8yFVt8","secretary":"x-Cf8DHM6gyFVt8JCDl8yDQh8","secretive":"HPMi8","sectors":"PYE6x0","security":"Cx_u8yJQe8Wy9gJFUf8xwNea"});
