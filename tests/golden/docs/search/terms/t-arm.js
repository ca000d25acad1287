sitrepSearchData("terms/t-arm",{"armed":"BVIi8yQYfaIzOcg","armies":"NRB8g","armor":"RPzi8","armored":"NRB88yYS58xxE5g","army":"YUV78"});
