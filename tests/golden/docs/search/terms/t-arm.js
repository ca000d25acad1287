sitrepSearchData("terms/t-arm",{"armed":"BVIi8yQYfazBDhg","armies":"PYE6g","armor":"FFSl8","armored":"FFSlgyFVt8EETk8","army":"YUV78"});
